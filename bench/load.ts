// Load: 200 concurrent clients on 127.0.0.1 against the production server (`scripts/start.ts`) on a fresh
// PostgreSQL database. Three phases of fixed length: a static file of the same size as the catalogue page
// (what the server and network give at best), catalogue reads (search and procedure pages), and citizens
// filing and submitting dossiers. Reports throughput, p50/p95/p99 per phase and status counts; then checks in the
// database that every submission the server answered is stored, with its event. Exit 1 on any 5xx or loss.
// Usage: BENCH_DATABASE_URL=postgresql://… npx tsx bench/load.ts [seconds per phase, default 20] [clients, default 200]
// BENCH_STORAGE=s3: uploads go to an S3-protocol server (s3rver) started here instead of the local disk.
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Agent, setGlobalDispatcher } from 'undici'
import { openDatabase } from '../app/db.server.ts'
import { PortalClient } from '../tests/support/portal-client.ts'
import { createServerDatabase } from '../tests/support/server-database.ts'
import { startServer } from '../tests/support/server-process.ts'
import { startS3 } from '../tests/support/s3-server.ts'

const seconds = Number(process.argv[2] ?? 20)
const clients = Number(process.argv[3] ?? 200)
setGlobalDispatcher(new Agent({ connections: clients, pipelining: 1, keepAliveTimeout: 30_000 }))

interface Phase {
  name: string
  requests: number
  latencies: number[]
  statuses: Map<number, number>
  durationMs: number
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN
}

/** Runs `clients` loops of `step` for the phase length; `step` reports each HTTP exchange it makes. */
async function phase(name: string, step: (record: (status: number, ms: number) => void, client: number) => Promise<void>): Promise<Phase> {
  const result: Phase = { name, requests: 0, latencies: [], statuses: new Map(), durationMs: 0 }
  const record = (status: number, ms: number) => {
    result.requests++
    result.latencies.push(ms)
    result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1)
  }
  const start = performance.now()
  const end = start + seconds * 1000
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < end) await step(record, client).catch(() => record(0, 0))
    }),
  )
  result.durationMs = performance.now() - start
  return result
}

async function timedGet(url: string, record: (status: number, ms: number) => void, headers: Record<string, string> = {}) {
  const started = performance.now()
  const response = await fetch(url, { headers: { 'Accept-Encoding': 'gzip', ...headers } })
  await response.arrayBuffer()
  record(response.status, performance.now() - started)
}

function report(result: Phase) {
  const sorted = [...result.latencies].sort((a, b) => a - b)
  return {
    phase: result.name,
    requests: result.requests,
    'req/s': Math.round(result.requests / (result.durationMs / 1000)),
    'p50 ms': Math.round(percentile(sorted, 50)),
    'p95 ms': Math.round(percentile(sorted, 95)),
    'p99 ms': Math.round(percentile(sorted, 99)),
    statuses: Object.fromEntries(result.statuses),
  }
}

const database = await createServerDatabase(process.env.BENCH_DATABASE_URL, 'portal_load')
const s3 = process.env.BENCH_STORAGE === 's3' ? await startS3() : null
// Registration confirms the phone through the sandbox SMS gateway; each client comes from its own address, as
// citizens do (registrations are rate-limited per address).
const server = await startServer({ DATABASE_URL: database.url, DATA_DIR: path.resolve('bench/.load-data'), SMS_SANDBOX: '1', TRUST_PROXY: '1', ...s3?.env })
const staticFile = path.resolve('build/client/bench-static.html')
try {
  const catalogue = ['/thu-tuc?q=khai+sinh', '/thu-tuc?q=giay+phep+xay+dung', '/thu-tuc/1.001193', '/thu-tuc/2.000635', '/thu-tuc']
  // The page itself as the static file: same size, compressible like HTML, so the baseline does the same gzip work.
  const html = await (await fetch(`${server.baseUrl}${catalogue[0]}`)).text()
  const pageBytes = Buffer.byteLength(html)
  writeFileSync(staticFile, html)

  const results: Phase[] = []
  results.push(await phase(`static file (${pageBytes} B)`, (record) => timedGet(`${server.baseUrl}/bench-static.html`, record)))
  let turn = 0
  results.push(await phase('catalogue reads', (record) => timedGet(`${server.baseUrl}${catalogue[turn++ % catalogue.length]}`, record)))

  // Citizens register before the clock starts (password hashing is its own cost), then file in a loop.
  const citizens = await Promise.all(
    Array.from({ length: clients }, async (_, index) => {
      const client = new PortalClient(server.baseUrl, `10.20.${index >> 8}.${index & 255}`)
      await client.register('Nguyễn Văn Tải')
      return client
    }),
  )
  const answered: string[] = []
  results.push(
    await phase('filing journeys (7 requests each)', async (record, index) => {
      const citizen = citizens[index]!
      citizen.observe = record
      const draft = await citizen.fileDossier('2.000635')
      await draft.submit()
      answered.push(draft.id)
    }),
  )
  console.table(results.map(report))

  const check = await openDatabase({ kind: 'postgresql', url: database.url })
  const stored = await check.prisma.dossier.count({ where: { id: { in: answered }, status: 'SUBMITTED', code: { not: null }, events: { some: { toStatus: 'SUBMITTED' } } } })
  await check.close()
  const serverErrors = results.reduce((n, r) => n + [...r.statuses].filter(([s]) => s >= 500 || s === 0).reduce((m, [, c]) => m + c, 0), 0)
  console.log(`submissions answered ${answered.length}, stored ${stored}, lost ${answered.length - stored}; 5xx or failed requests ${serverErrors}`)
  if (serverErrors > 0 || stored !== answered.length) process.exitCode = 1
} finally {
  rmSync(staticFile, { force: true })
  await server.stop('SIGTERM')
  await database.drop()
  await s3?.stop()
  rmSync('bench/.load-data', { recursive: true, force: true })
}
