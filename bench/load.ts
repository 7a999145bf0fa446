// Load: 200 concurrent clients on 127.0.0.1 against the production server (`scripts/start.ts`) on a fresh
// PostgreSQL database, with one server process and then two on the same database (the clients take turns between
// them, as a round-robin proxy would). Phases of fixed length: a static file of the same size as a catalogue page
// (what the server and network give at best), the catalogue list, searches, procedure pages (all three served from
// the public page cache after their first render), searches with new words every time (never cached), and
// citizens filing and submitting dossiers. Reports throughput, p50/p95/p99 and the rate against the static file
// per phase, then the gain of the second process; checks in the database that every submission the server
// answered is stored, with its event. Exit 1 on any 5xx or loss.
// Usage: BENCH_DATABASE_URL=postgresql://… npx tsx bench/load.ts [seconds per phase, default 20] [clients, default 200] [processes, default 1,2]
// BENCH_STORAGE=s3: uploads go to an S3-protocol server (s3rver) started here instead of the local disks.
import { rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { Agent, setGlobalDispatcher } from 'undici'
import { openDatabase } from '../app/db.server.ts'
import { PortalClient } from '../tests/support/portal-client.ts'
import { createServerDatabase } from '../tests/support/server-database.ts'
import { startS3 } from '../tests/support/s3-server.ts'
import { startServer, type ServerProcess } from '../tests/support/server-process.ts'

const seconds = Number(process.argv[2] ?? 20)
const clients = Number(process.argv[3] ?? 200)
const processCounts = (process.argv[4] ?? '1,2').split(',').map(Number)
setGlobalDispatcher(new Agent({ connections: clients, pipelining: 1, keepAliveTimeout: 30_000 }))

interface Phase {
  name: string
  requests: number
  latencies: number[]
  statuses: Map<number, number>
  durationMs: number
  /** Why requests or journeys failed, each reason once. */
  failures: Set<string>
}

function percentile(sorted: number[], p: number) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN
}

/** Runs `clients` loops of `step` for the phase length; `step` reports each HTTP exchange it makes. */
async function phase(name: string, step: (record: (status: number, ms: number) => void, client: number) => Promise<void>): Promise<Phase> {
  const result: Phase = { name, requests: 0, latencies: [], statuses: new Map(), durationMs: 0, failures: new Set() }
  const record = (status: number, ms: number) => {
    result.requests++
    result.latencies.push(ms)
    result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1)
  }
  const start = performance.now()
  const end = start + seconds * 1000
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < end)
        await step(record, client).catch((error: Error) => {
          record(0, 0)
          result.failures.add(error.message)
        })
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

const rate = (result: Phase) => Math.round(result.requests / (result.durationMs / 1000))

function report(result: Phase) {
  const sorted = [...result.latencies].sort((a, b) => a - b)
  return {
    phase: result.name,
    requests: result.requests,
    'req/s': rate(result),
    'p50 ms': Math.round(percentile(sorted, 50)),
    'p95 ms': Math.round(percentile(sorted, 95)),
    'p99 ms': Math.round(percentile(sorted, 99)),
    statuses: [...result.statuses].map(([status, count]) => `${status} × ${count}`).join(', '),
  }
}

/** One configuration: `processes` servers on one fresh database, every phase, then the zero-loss check. */
async function run(processes: number) {
  const database = await createServerDatabase(process.env.BENCH_DATABASE_URL, 'portal_load')
  const servers: ServerProcess[] = []
  const staticFile = path.resolve('build/client/bench-static.html')
  // BENCH_STORAGE=s3: the servers keep uploads in one S3-protocol bucket (s3rver, started here), as a province's
  // several processes would, instead of each its own disk.
  const s3 = process.env.BENCH_STORAGE === 's3' ? await startS3() : null
  try {
    // Registration confirms the phone through the sandbox SMS gateway; each client comes from its own address, as
    // citizens do (registrations are rate-limited per address).
    for (let i = 0; i < processes; i++) servers.push(await startServer({ DATABASE_URL: database.url, DATA_DIR: path.resolve(`bench/.load-data-${i}`), SMS_SANDBOX: '1', TRUST_PROXY: '1', ...s3?.env }))
    let turn = 0
    const next = () => servers[turn++ % servers.length]!.baseUrl
    const reads = (addresses: string[]) => (record: (status: number, ms: number) => void) => timedGet(`${next()}${addresses[turn % addresses.length]}`, record)
    // The page itself as the static file: same size, compressible like HTML, so the baseline does the same gzip work.
    const html = await (await fetch(`${servers[0]!.baseUrl}/thu-tuc?q=khai+sinh`)).text()
    writeFileSync(staticFile, html)

    const results: Phase[] = []
    results.push(await phase(`static file (${Buffer.byteLength(html)} B)`, (record) => timedGet(`${next()}/bench-static.html`, record)))
    results.push(await phase('catalogue list', reads(['/thu-tuc', '/thu-tuc?field=HO_TICH', '/thu-tuc?page=2'])))
    results.push(await phase('search', reads(['/thu-tuc?q=khai+sinh', '/thu-tuc?q=giay+phep+xay+dung', '/thu-tuc?q=ly+lich+tu+phap'])))
    results.push(await phase('procedure pages', reads(['/thu-tuc/1.001193', '/thu-tuc/2.000635', '/thu-tuc/1.000894'])))
    let words = 0
    results.push(await phase('search, new words each time', (record) => timedGet(`${next()}/thu-tuc?q=khai+sinh+${words++}`, record)))

    // Citizens register before the clock starts (password hashing is its own cost), then file in a loop.
    const citizens = await Promise.all(
      Array.from({ length: clients }, async (_, index) => {
        const client = new PortalClient(next(), `10.20.${index >> 8}.${index & 255}`)
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
    const staticRate = rate(results[0]!)
    console.log(`\n${processes} server process${processes > 1 ? 'es' : ''}, ${clients} clients, ${seconds} s per phase`)
    console.table(results.map((result) => ({ ...report(result), 'vs static': `${Math.round((100 * rate(result)) / staticRate)} %` })))

    const check = await openDatabase({ kind: 'postgresql', url: database.url })
    const stored = await check.prisma.dossier.count({ where: { id: { in: answered }, status: 'SUBMITTED', code: { not: null }, events: { some: { toStatus: 'SUBMITTED' } } } })
    await check.close()
    const serverErrors = results.reduce((n, r) => n + [...r.statuses].filter(([s]) => s >= 500 || s === 0).reduce((m, [, c]) => m + c, 0), 0)
    console.log(`submissions answered ${answered.length}, stored ${stored}, lost ${answered.length - stored}; 5xx or failed requests ${serverErrors}`)
    if (serverErrors > 0 || stored !== answered.length) {
      process.exitCode = 1
      for (const result of results) for (const failure of result.failures) console.log(`${result.name}: ${failure}`)
      for (const server of servers)
        console.log(
          server
            .output()
            .split('\n')
            .filter((line) => /error/i.test(line))
            .slice(-20)
            .join('\n'),
        )
    }
    return results
  } finally {
    rmSync(staticFile, { force: true })
    for (const server of servers) await server.stop('SIGTERM')
    await s3?.stop()
    await database.drop()
    for (let i = 0; i < processes; i++) rmSync(`bench/.load-data-${i}`, { recursive: true, force: true })
  }
}

const runs = new Map<number, Phase[]>()
for (const processes of processCounts) runs.set(processes, await run(processes))
if (runs.size > 1) {
  const [first, ...others] = [...runs]
  console.log('\nreq/s by number of server processes')
  console.table(
    first![1].map((result, i) => ({
      phase: result.name,
      ...Object.fromEntries([...runs].map(([n, phases]) => [`${n} process${n > 1 ? 'es' : ''}`, rate(phases[i]!)])),
      ...Object.fromEntries(others.map(([n, phases]) => [`gain ×${n}`, `${Math.round((100 * rate(phases[i]!)) / rate(result)) - 100} %`])),
    })),
  )
}
