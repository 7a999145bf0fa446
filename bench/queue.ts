// Back-office queue at scale: N open dossiers (default 100,000) at one agency, then the time of the first
// page, of a page deep in the list by keyset cursor (and the same depth by OFFSET, for comparison), and of
// filtered pages. Usage: npx tsx bench/queue.ts [N] [pglite|postgresql]   (postgresql uses BENCH_DATABASE_URL)
import { performance } from 'node:perf_hooks'
import type { SessionUser } from '../app/auth/session.server.ts'
import { openDatabase } from '../app/db.server.ts'
import { parseQueueFilter } from '../app/domain/dossier/queue-filter.ts'
import { queue, statusCounts } from '../app/models/queue.server.ts'
import { seed } from '../prisma/seed/index.ts'

const n = Number(process.argv[2] ?? 100_000)
const kind = process.argv[3] === 'postgresql' ? 'postgresql' : 'pglite'
process.env.DATA_DIR = '/tmp/portal-bench'
const database = await openDatabase(kind === 'postgresql' ? { kind, url: process.env.BENCH_DATABASE_URL! } : { kind, dataDir: 'memory://' })
const { prisma } = database
if ((await prisma.adminLevel.count()) === 0) await seed(prisma)
const clerk = await prisma.user.findUniqueOrThrow({ where: { email: 'motcua.longxuyen@angiang.example' } })
const specialist = await prisma.user.findUniqueOrThrow({ where: { email: 'chuyenvien.longxuyen@angiang.example' } })
const procedure = await prisma.procedure.findUniqueOrThrow({ where: { code: '1.001193' } })

let start = performance.now()
await database.withConnection((conn) =>
  conn.exec(`
    INSERT INTO "Dossier" (id, code, "procedureId", "agencyId", channel, "onlineLevel", status, "applicantName",
      "submittedAt", "receivedAt", "dueAt", "assigneeId", "updatedAt")
    SELECT 'bench' || g, 'BENCH-' || g, '${procedure.id}', '${clerk.agencyId}',
      (ARRAY['ONLINE','COUNTER','SUPPORT_POINT'])[1 + g % 3]::"Channel", 'FULL',
      (ARRAY['SUBMITTED','RECEIVED','IN_PROGRESS','SUPPLEMENT_REQUESTED'])[1 + g % 4]::"DossierStatus",
      'Người nộp ' || g, now() - (g % 90) * interval '1 day', now() - (g % 90) * interval '1 day',
      now() + ((g % 120) - 60) * interval '1 day' + (g % 1000) * interval '1 second',
      CASE WHEN g % 5 = 0 THEN '${specialist.id}' END, now()
    FROM generate_series(1, ${n}) AS g;
    ANALYZE "Dossier";`),
)
console.log(`inserted ${n} open dossiers in ${((performance.now() - start) / 1000).toFixed(1)} s (${kind})`)

const user = { ...clerk, role: 'CLERK' } as unknown as SessionUser
async function time(label: string, work: () => Promise<unknown>, runs = 10) {
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    start = performance.now()
    await work()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  console.log(`${label}: median ${samples[Math.floor(runs / 2)]!.toFixed(1)} ms, max ${samples.at(-1)!.toFixed(1)} ms`)
}

await time('first page', () => queue(prisma, user, parseQueueFilter(new URLSearchParams())))
// Walk to the middle of the list by cursor, then time the next page from there.
let filter = parseQueueFilter(new URLSearchParams())
for (let page = 0; page < 20; page++) {
  const result = await queue(prisma, user, filter)
  filter = parseQueueFilter(new URLSearchParams({ after: result.next! }))
}
await time('page 21 by keyset cursor', () => queue(prisma, user, filter))
await time('same depth by OFFSET 1000 (reference)', () =>
  prisma.dossier.findMany({ where: { agencyId: clerk.agencyId! }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }], skip: 1000, take: 51, select: { id: true } }),
)
await time(
  'deep by OFFSET ' + Math.floor(n / 2) + ' (reference)',
  () => prisma.dossier.findMany({ where: { agencyId: clerk.agencyId! }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }], skip: Math.floor(n / 2), take: 51, select: { id: true } }),
  3,
)
await time('overdue filter', () => queue(prisma, user, parseQueueFilter(new URLSearchParams('due=overdue'))))
await time('assigned to me', () => queue(prisma, { ...user, id: specialist.id } as SessionUser, parseQueueFilter(new URLSearchParams('mine=1'))))
await time('status counts', () => statusCounts(prisma, user), 5)
await database.close()
