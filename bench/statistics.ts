// Statistics at scale: N dossiers with a realistic mix on PostgreSQL (popular procedures dominate, 60 % online,
// 3.5 % still open, some late, fees, online payments, ratings). Measures, for the public page (this year's
// headline and catalogue figures) and the dashboard (this year cut by agency): p50/p95 at rest, right after a
// transition and right after an import batch, against the raw single-pass aggregate over the dossier facts in
// the same run, and checks both give the same figures (ADR 015).
// Usage: BENCH_DATABASE_URL=postgresql://… npx tsx bench/statistics.ts [N ...]   (a fresh database per N)
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { openDatabase } from '../app/db.server.ts'
import { parsePeriod, type Period } from '../app/statistics/domain/period.ts'
import { catalogueFigures, dashboardFigures, figuresBy, headlineFigures, rawFigures, refreshRollup } from '../app/statistics/figures.server.ts'
import { seed } from '../prisma/seed/index.ts'

const base = process.env.BENCH_DATABASE_URL
if (!base) throw new Error('Set BENCH_DATABASE_URL to a PostgreSQL server where the role may create databases')
const sizes = process.argv.slice(2).map(Number).filter(Boolean)

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: base })
  await client.connect()
  await client.query(sql)
  await client.end()
}

/** p50 and p95 of `runs` timed calls; `before` runs untimed ahead of each (a change to fold). */
async function timed(runs: number, work: () => Promise<unknown>, before?: (i: number) => Promise<unknown>) {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    await before?.(i)
    const start = performance.now()
    await work()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!
  return { p50: at(0.5), p95: at(0.95) }
}
const show = (t: { p50: number; p95: number }) => `p50 ${t.p50.toFixed(0)} ms, p95 ${t.p95.toFixed(0)} ms`
const periodOf = (key: string): Period => {
  const result = parsePeriod(key)
  if (!result.ok) throw new Error(key)
  return result.period
}

const GENERATE = (n: number) => `
  -- Procedure × agency pairs, the most used procedures first; random()^3 makes the first pairs the busiest.
  CREATE TEMP TABLE pairs AS
    SELECT row_number() OVER (ORDER BY p."onlineLevel" DESC, p.code, pa."agencyId") AS idx, pa."procedureId", pa."agencyId", p."onlineLevel"
    FROM "ProcedureAgency" pa JOIN "Procedure" p ON p.id = pa."procedureId";
  CREATE TEMP TABLE draws AS
    SELECT g, random() AS pick, random() AS kind, random() AS ch, random() AS fee, random() AS pace, random() AS sup, random() AS age, random() AS refusal, random() AS took, random() AS paid, random() AS digital
    FROM generate_series(1, ${n}) g;
  INSERT INTO "Dossier" (id, code, "procedureId", "agencyId", channel, "onlineLevel", status, outcome, "submittedAt", "receivedAt", "dueAt",
    "resolvedAt", "returnedAt", "supplementCount", "feeAmount", "paidOnline", digitised, "applicantName", "updatedAt")
  SELECT 'b' || g, 'BENCH-' || g, p."procedureId", p."agencyId", c.channel, p."onlineLevel", s.status,
    CASE WHEN s.decided THEN CASE WHEN refusal < 0.05 THEN 'REFUSED' ELSE 'APPROVED' END END,
    r.received, r.received, r.received + (3 + pace * 12) * interval '1 day',
    CASE WHEN s.decided THEN r.received + (3 + pace * 12) * (0.3 + took * 0.85) * interval '1 day' END,
    CASE WHEN s.status = 'RESULT_RETURNED' THEN r.received + (3 + pace * 12) * 1.2 * interval '1 day' END,
    CASE WHEN sup < 0.85 THEN 0 WHEN sup < 0.97 THEN 1 ELSE 2 END,
    f.amount, CASE WHEN f.amount > 0 AND c.channel = 'ONLINE' AND paid < 0.7 THEN f.amount ELSE 0 END,
    digital < 0.6, 'Người nộp ' || g, r.received
  FROM draws
  JOIN pairs p ON p.idx = 1 + floor(pick ^ 3 * (SELECT count(*) FROM pairs))
  CROSS JOIN LATERAL (SELECT (CASE WHEN ch < 0.6 THEN 'ONLINE' WHEN ch < 0.9 THEN 'COUNTER' ELSE 'SUPPORT_POINT' END)::"Channel" AS channel) c
  CROSS JOIN LATERAL (SELECT CASE WHEN kind < 0.88 THEN 'RESULT_RETURNED' WHEN kind < 0.92 THEN 'RESOLVED' WHEN kind < 0.955 THEN 'WITHDRAWN'
    WHEN kind < 0.965 THEN 'STOPPED' WHEN kind < 0.975 THEN 'RECEIVED' WHEN kind < 0.99 THEN 'IN_PROGRESS' ELSE 'SUPPLEMENT_REQUESTED' END::"DossierStatus" AS status,
    kind < 0.92 AS decided) s
  -- Three years of dossiers; the open ones (3.5 %, about a month's intake) were received in the last 30 days.
  CROSS JOIN LATERAL (SELECT date_trunc('day', now() - CASE WHEN kind < 0.965 THEN 30 + age * 1065 ELSE age * 30 END * interval '1 day') + interval '1 hour' + (g % 480) * interval '1 minute' AS received) r
  CROSS JOIN LATERAL (SELECT CASE WHEN fee < 0.6 THEN 0 ELSE (ARRAY[8000, 50000, 100000, 200000])[1 + floor((fee - 0.6) * 10)::int] END AS amount) f;
  INSERT INTO "Rating" ("dossierId", score) SELECT id, (ARRAY[5, 5, 5, 4, 4, 3, 2, 1])[1 + floor(random() * 8)::int] FROM "Dossier" WHERE status = 'RESULT_RETURNED' AND code LIKE 'BENCH-%' AND random() < 0.25;
  -- Each dossier was last touched when it last moved on, as in a live system.
  UPDATE "Dossier" SET "updatedAt" = COALESCE("returnedAt", "resolvedAt", "receivedAt", "createdAt") - interval '10 minutes';
  ANALYZE;`

for (const n of sizes) {
  const name = `portal_bench_statistics_${n}`
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await admin(`CREATE DATABASE ${name}`)
  const url = new URL(base)
  url.pathname = `/${name}`
  const database = await openDatabase({ kind: 'postgresql', url: url.toString() })
  const { prisma } = database
  await seed(prisma)
  await refreshRollup(prisma)
  let start = performance.now()
  await database.withConnection((conn) => conn.exec(GENERATE(n)))
  const total = await prisma.dossier.count()
  console.log(`\n${total.toLocaleString('en')} dossiers (${n.toLocaleString('en')} generated) in ${((performance.now() - start) / 1000).toFixed(1)} s`)

  start = performance.now()
  const built = await refreshRollup(prisma)
  const [facts, rollup, stock] = await Promise.all([prisma.statisticsFact.count(), prisma.statisticsRollup.count(), prisma.statisticsStock.count()])
  console.log(
    `folded from nothing: ${built.folded.toLocaleString('en')} dossiers in ${((performance.now() - start) / 1000).toFixed(1)} s; ${facts.toLocaleString('en')} facts, ${rollup.toLocaleString('en')} monthly rows, ${stock.toLocaleString('en')} month-start rows`,
  )

  const year = periodOf(String(new Date().getFullYear()))
  const publicPage = async () => {
    await headlineFigures(prisma, year)
    await catalogueFigures(prisma, year)
  }
  const dashboard = async () => {
    await dashboardFigures(prisma, year, 'agency')
    await catalogueFigures(prisma, year)
  }
  const raw = () => rawFigures(prisma, year, 'agency')
  // The same clock for both, since "overdue" moves with it.
  const now = new Date()
  const same = JSON.stringify(await figuresBy(prisma, year, 'agency', { now })) === JSON.stringify(await rawFigures(prisma, year, 'agency', { now }))
  console.log(`figures: rollup and raw ${same ? 'identical' : 'DIFFER'}`)
  const runs = 20
  console.log(`at rest: public page ${show(await timed(runs, publicPage))}; dashboard ${show(await timed(runs, dashboard))}; raw single pass ${show(await timed(runs, raw))}`)

  // A transition before each read: one open dossier decided (its fact, month and month-start rows change).
  const open = await prisma.dossier.findMany({ where: { status: { in: ['RECEIVED', 'IN_PROGRESS'] } }, select: { id: true }, take: 2 * runs })
  let next = 0
  const decideOne = async () => {
    await prisma.dossier.update({ where: { id: open[next++]!.id }, data: { status: 'RESOLVED', outcome: 'APPROVED', resolvedAt: new Date() } })
  }
  console.log(`right after a transition: public page ${show(await timed(runs, publicPage, decideOne))}; dashboard ${show(await timed(runs, dashboard, decideOne))}`)

  // An import batch before each read: 1,000 historical dossiers stored and folded as the import does.
  let batch = 0
  const importBatch = async () => {
    const first = 10_000_000 + batch++ * 1000
    await prisma.$executeRawUnsafe(`
      INSERT INTO "Dossier" (id, code, "procedureId", "agencyId", channel, "onlineLevel", status, outcome, "submittedAt", "receivedAt", "dueAt", "resolvedAt", "feeAmount", imported, "updatedAt")
      SELECT 'i' || g, 'IMPORT-' || g, d."procedureId", d."agencyId", d.channel, d."onlineLevel", 'RESULT_RETURNED', 'APPROVED', d."receivedAt", d."receivedAt", d."dueAt", d."resolvedAt", d."feeAmount", true, now()
      FROM generate_series(${first}, ${first + 999}) g JOIN "Dossier" d ON d.id = 'b' || (1 + g % ${n}) WHERE d."resolvedAt" IS NOT NULL`)
    await refreshRollup(prisma)
  }
  const folding = await timed(5, importBatch)
  console.log(`import batch of 1,000 folded in ${show(folding)}; right after it: public page ${show(await timed(runs, publicPage, importBatch))}`)
  const later = new Date()
  const still = JSON.stringify(await figuresBy(prisma, year, 'agency', { now: later })) === JSON.stringify(await rawFigures(prisma, year, 'agency', { now: later }))
  console.log(`after the changes: rollup and raw ${still ? 'identical' : 'DIFFER'}`)
  await database.close()
  // BENCH_KEEP=1 leaves the database for EXPLAIN.
  if (!process.env.BENCH_KEEP) await admin(`DROP DATABASE ${name} WITH (FORCE)`)
}
