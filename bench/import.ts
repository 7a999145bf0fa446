// The dossier import at a province's scale: a generated CSV of N rows shaped like a year of a large province
// (procedures and agencies of the demo catalogue, 60 % online, most decided, some late, some in progress,
// fees and online payments, ratings), imported by the command line (`npm run import:dossiers`) into a fresh
// PostgreSQL database; wall time and the command's peak resident memory (GNU time's maximum RSS) per N. The
// command's progress goes to bench/.import-<N>.log as it runs.
// Usage: BENCH_DATABASE_URL=postgresql://… npx tsx bench/import.ts [N …]
import { spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { openDatabase } from '../app/db.server.ts'
import { seed } from '../prisma/seed/index.ts'
import { createServerDatabase } from '../tests/support/server-database.ts'

const base = process.env.BENCH_DATABASE_URL
if (!base) throw new Error('Set BENCH_DATABASE_URL to a PostgreSQL server where the role may create databases')
const sizes = process.argv.slice(2).map(Number).filter(Boolean)
const HEADER =
  'code,procedure_code,agency_code,channel,status,received_at,due_at,resolved_at,returned_at,closed_at,outcome,supplement_count,fee,paid_online,amount_paid,rating,digitised,applicant_name'

const two = (n: number) => String(n).padStart(2, '0')
const vn = (ms: number) => {
  const d = new Date(ms + 7 * 3600_000)
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}

/** N rows over the year before now, written as a stream (the generator holds no more than a row). */
async function writeFile(file: string, n: number, pairs: { procedure: string; agency: string; fee: number }[]) {
  const out = createWriteStream(file)
  out.write(`${HEADER}\n`)
  const end = Date.now() - 86_400_000
  let seedValue = 42
  const random = () => (seedValue = (seedValue * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
  for (let i = 0; i < n; i++) {
    const pair = pairs[Math.floor(random() ** 3 * pairs.length)]!
    const received = end - Math.floor(random() * 365 * 86_400_000)
    const limit = (3 + Math.floor(random() * 12)) * 86_400_000
    const kind = random()
    const status = kind < 0.88 ? 'RESULT_RETURNED' : kind < 0.92 ? 'RESOLVED' : kind < 0.955 ? 'WITHDRAWN' : kind < 0.965 ? 'STOPPED' : 'IN_PROGRESS'
    const decided = status === 'RESULT_RETURNED' || status === 'RESOLVED'
    const took = limit * (0.3 + random() * 0.85)
    const resolved = decided ? Math.min(end, received + took) : null
    const online = random() < 0.6
    const paid = online && pair.fee > 0 && random() < 0.7
    const row = [
      `BENCH-${i}`,
      pair.procedure,
      pair.agency,
      online ? 'ONLINE' : random() < 0.75 ? 'COUNTER' : 'SUPPORT_POINT',
      status,
      vn(received),
      vn(received + limit),
      resolved ? vn(resolved) : '',
      status === 'RESULT_RETURNED' && resolved ? vn(resolved) : '',
      status === 'WITHDRAWN' || status === 'STOPPED' ? vn(received + 86_400_000) : '',
      decided ? (random() < 0.05 ? 'REFUSED' : 'APPROVED') : '',
      random() < 0.85 ? '0' : '1',
      String(pair.fee),
      paid ? 'có' : 'không',
      paid ? String(pair.fee) : '0',
      status === 'RESULT_RETURNED' && random() < 0.25 ? String(1 + Math.floor(random() * 5)) : '',
      random() < 0.6 ? 'có' : 'không',
      `"Người nộp ${i}"`,
    ]
    if (!out.write(`${row.join(',')}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
  }
  await new Promise<void>((resolve) => out.end(() => resolve()))
}

for (const n of sizes) {
  const { url, drop } = await createServerDatabase(base, `portal_bench_import_${n}`)
  const database = await openDatabase({ kind: 'postgresql', url })
  await seed(database.prisma)
  const pairs = (await database.prisma.procedureAgency.findMany({ select: { procedure: { select: { code: true, fees: { select: { amount: true } } } }, agency: { select: { code: true } } } })).map(
    (p) => ({
      procedure: p.procedure.code,
      agency: p.agency.code,
      fee: p.procedure.fees.reduce((sum, f) => sum + f.amount, 0),
    }),
  )
  await database.close()
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-import-'))
  const file = path.join(dir, `ho-so-${n}.csv`)
  await writeFile(file, n, pairs)
  const start = performance.now()
  // The documented command, with its heap bound (package.json), under GNU time.
  const log = `bench/.import-${n}.log`
  const status = await new Promise<number | null>((resolve) => {
    const child = spawn('/usr/bin/time', ['-f', '%M', 'npm', 'run', '--silent', 'import:dossiers', '--', file], { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'pipe'] })
    const out = createWriteStream(log)
    child.stdout.pipe(out, { end: false })
    child.stderr.pipe(out, { end: false })
    child.on('close', (code) => out.end(() => resolve(code)))
  })
  const seconds = (performance.now() - start) / 1000
  const lines = readFileSync(log, 'utf8').trim().split('\n')
  const peakKb = Number(lines.at(-1))
  console.log(
    `${n.toLocaleString('en')} rows: exit ${status}, ${seconds.toFixed(1)} s (${Math.round(n / seconds).toLocaleString('en')} rows/s), peak RSS ${(peakKb / 1024).toFixed(0)} MB; ${lines.filter((l) => !l.startsWith('[')).at(-2) ?? ''}`,
  )
  if (status !== 0) console.log(lines.slice(-5).join('\n'))
  rmSync(dir, { recursive: true, force: true })
  await drop()
}
