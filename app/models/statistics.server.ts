// The indicators in SQL, by the rules of domain/statistics/indicators.ts (a test compares the two).
// Settled dossiers (decided, withdrawn, stopped) are summed once into StatisticsRollup per month, agency, unit,
// procedure and channel; the dashboard adds the rollup's rows to a live count of the dossiers still in
// progress, whose "overdue" depends on the clock (ADR 008). `rawFigures` is the same figures straight from
// the dossiers in one pass, kept for the check and the benchmark.
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts'
import { FIGURES, type Dimension, type Figure } from '../domain/statistics/dimensions.ts'
import { localDay } from '../domain/calendar/working-time.ts'
import { parsePeriod } from '../domain/statistics/period.ts'
import { COUNT_NAMES, emptyCounts, fromCounts, type Counts, SATISFIED_FROM } from '../domain/statistics/indicators.ts'

type Db = PrismaClient | Prisma.TransactionClient
type Row = Record<(typeof COUNT_NAMES)[number], number> & { key: string | null; label: string | null }

/** Key and label of each cut over a relation `g` with agencyId, unitId, procedureId, channel; constants only. */
const CUTS: Record<Dimension, { key: string; label: string }> = {
  agency: { key: 'a.code', label: 'a.name' },
  unit: { key: 'u.code', label: 'u.name' },
  field: { key: 'f.code', label: 'f.name' },
  level: { key: 'l.code', label: 'l.name' },
  procedure: { key: 'pr.code', label: 'pr.name' },
  channel: { key: 'g.channel::text', label: 'g.channel::text' },
}

// Times are stored in UTC; Vietnam is UTC+7 all year, so its calendar day is the UTC time + 7 hours.
const localDate = (column: string) => `((${column} + interval '7 hours')::date)`
const localMonth = (column: string) => `(date_trunc('month', ${column} + interval '7 hours')::date)`
const OPEN = Prisma.sql`(x."resolvedAt" IS NULL AND x.status IN ('RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED'))`

/** One row per received dossier with its contribution to every count (0/1 flags, amounts, hours). */
function facts(where: Prisma.Sql, now: Date) {
  const decided = `(x."resolvedAt" IS NOT NULL AND x."dueAt" IS NOT NULL)`
  const late = `(${decided} AND (x."supplementCount" > 1 OR x."resolvedAt" > x."dueAt"))`
  const early = `(${decided} AND NOT ${late} AND ${localDate('x."resolvedAt"')} < ${localDate('x."dueAt"')})`
  const overdue = Prisma.sql`(${OPEN} AND x.status <> 'SUPPLEMENT_REQUESTED' AND COALESCE(x."dueAt" < ${now}, false))`
  return Prisma.sql`
    SELECT x.id, x."receivedAt", ${Prisma.raw(localMonth('x."receivedAt"'))} AS month, x."agencyId", COALESCE(x."unitId", a."unitId") AS "unitId", x."procedureId", x.channel,
      1 AS received,
      (x.channel = 'ONLINE')::int AS "receivedOnline",
      ${Prisma.raw(early)}::int AS early,
      (${Prisma.raw(decided)} AND NOT ${Prisma.raw(late)} AND NOT ${Prisma.raw(early)})::int AS "onTime",
      ${Prisma.raw(late)}::int AS late,
      (${OPEN} AND NOT ${overdue})::int AS "inProgressInTime",
      ${overdue}::int AS "inProgressOverdue",
      (x.status = 'WITHDRAWN')::int AS withdrawn,
      (x.status = 'STOPPED')::int AS stopped,
      (COALESCE(x.outcome, '') = 'REFUSED')::int AS refused,
      (x."paidOnline" > 0)::int AS "onlinePayments",
      x."paidOnline"::bigint AS "onlinePaymentAmount",
      (x."feeAmount" > 0)::int AS "feeBearing",
      (x."feeAmount" > 0 AND x."paidOnline" > 0)::int AS "feePaidOnline",
      (r.score IS NOT NULL)::int AS rated,
      COALESCE(r.score >= ${SATISFIED_FROM}, false)::int AS satisfied,
      CASE WHEN ${Prisma.raw(decided)} THEN round(extract(epoch FROM x."resolvedAt" - x."receivedAt") / 60)::int ELSE 0 END AS "processingMinutes",
      (x.digitised OR EXISTS (SELECT 1 FROM "DossierDocument" dd WHERE dd."dossierId" = x.id AND dd.purpose <> 'INTERNAL'))::int AS digitised
    FROM "Dossier" x
    JOIN "Agency" a ON a.id = x."agencyId"
    LEFT JOIN "Rating" r ON r."dossierId" = x.id
    WHERE x."receivedAt" IS NOT NULL AND ${where}`
}

const GROUP_COLUMNS = Prisma.raw(['agencyId', 'unitId', 'procedureId', 'channel', ...COUNT_NAMES].map((name) => `"${name}"`).join(', '))
const sums = Prisma.raw(COUNT_NAMES.map((name) => `sum(g."${name}")::float8 AS "${name}"`).join(', '))

const DIMENSION_JOINS = Prisma.sql`
    JOIN "Agency" a ON a.id = g."agencyId"
    JOIN "AdminUnit" u ON u.id = g."unitId"
    JOIN "Procedure" pr ON pr.id = g."procedureId"
    JOIN "Field" f ON f.id = pr."fieldId"
    JOIN "AdminLevel" l ON l.id = pr."levelId"`

/** The counts of `groups` (a relation with the fact columns) per cut, with its key and label. */
function cutOf(groups: Prisma.Sql, dimension: Dimension | null) {
  const cut = dimension ? CUTS[dimension] : { key: 'NULL', label: 'NULL' }
  return Prisma.sql`
    SELECT ${Prisma.raw(cut.key)} AS key, ${Prisma.raw(cut.label)} AS label, ${sums}
    FROM (${groups}) g ${DIMENSION_JOINS}
    GROUP BY 1, 2 ORDER BY 2`
}

/** `AND <alias>."agencyId" = …` for one agency's figures, nothing for the province's. */
const onlyAgency = (agencyId: string | undefined, alias: 'x' | 'r' = 'x') =>
  agencyId ? Prisma.sql`AND ${Prisma.raw(alias)}."agencyId" = ${agencyId}` : Prisma.empty

/** Settled dossiers changed since the last refresh are folded into the rollup, a whole month at a time. */
export async function refreshRollup(prisma: PrismaClient, now = new Date()) {
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('statistics_rollup'))`
      const mark = await tx.statisticsRefresh.findUnique({ where: { id: 1 } })
      // A margin for transactions that began before the last refresh and committed after it.
      const since = new Date((mark?.refreshedAt.getTime() ?? 0) - 5 * 60_000)
      const touched = await tx.$queryRaw<{ month: string }[]>`
        SELECT DISTINCT to_char(${Prisma.raw(localMonth('"receivedAt"'))}, 'YYYY-MM') AS month FROM "Dossier" WHERE "updatedAt" >= ${since} AND "receivedAt" IS NOT NULL`
      const columns = Prisma.raw(STORED.map((name) => `"${name}"`).join(', '))
      const totals = Prisma.raw(STORED.map((name) => `sum(g."${name}")`).join(', '))
      for (const { month } of touched) {
        // A range on receivedAt, so the index finds the month's dossiers.
        const { from, to } = parsePeriod(month)
        await tx.$executeRaw`DELETE FROM "StatisticsRollup" WHERE month = ${`${month}-01`}::date`
        await tx.$executeRaw`
          INSERT INTO "StatisticsRollup" (month, "agencyId", "unitId", "procedureId", channel, ${columns})
          SELECT g.month, g."agencyId", g."unitId", g."procedureId", g.channel, ${totals}
          FROM (${facts(Prisma.sql`NOT ${OPEN} AND x."receivedAt" >= ${from} AND x."receivedAt" < ${to}`, now)}) g
          GROUP BY 1, 2, 3, 4, 5`
      }
      await tx.statisticsRefresh.upsert({ where: { id: 1 }, create: { id: 1, refreshedAt: now }, update: { refreshedAt: now } })
    },
    { timeout: 600_000 },
  )
}

/** Counts the rollup does not store: the online ones follow from the channel, and no settled dossier is in progress. */
const ROLLUP_DERIVED = new Set<string>(['receivedOnline', 'inProgressInTime', 'inProgressOverdue'])
const STORED = COUNT_NAMES.filter((name) => !ROLLUP_DERIVED.has(name))

const inRollupPeriod = (from: Date, to: Date, agencyId?: string) =>
  Prisma.sql`r.month >= ${localDay(from)}::date AND r.month < ${localDay(to)}::date ${onlyAgency(agencyId, 'r')}`
const inPeriod = (from: Date, to: Date, agencyId?: string) => Prisma.sql`x."receivedAt" >= ${from} AND x."receivedAt" < ${to} ${onlyAgency(agencyId)}`

function rollupRows(from: Date, to: Date, agencyId?: string) {
  const columns = COUNT_NAMES.map((name) =>
    name === 'receivedOnline' ? `CASE WHEN r.channel = 'ONLINE' THEN r.received ELSE 0 END AS "receivedOnline"` : ROLLUP_DERIVED.has(name) ? `0 AS "${name}"` : `r."${name}"`,
  ).join(', ')
  // Periods are whole months or years, so whole months of the rollup make them up.
  return Prisma.sql`
    SELECT r."agencyId", r."unitId", r."procedureId", r.channel, ${Prisma.raw(columns)} FROM "StatisticsRollup" r
    WHERE ${inRollupPeriod(from, to, agencyId)}`
}

async function aggregate(prisma: PrismaClient, from: Date, to: Date, dimension: Dimension | null, agencyId?: string, now = new Date()) {
  await refreshRollup(prisma, now)
  const open = Prisma.sql`SELECT ${GROUP_COLUMNS} FROM (${facts(Prisma.sql`${OPEN} AND ${inPeriod(from, to, agencyId)}`, now)}) o`
  // Months of the same agency, procedure and channel are added up first, so the labels are joined once per group.
  const combined = Prisma.sql`
    SELECT "agencyId", "unitId", "procedureId", channel, ${Prisma.raw(COUNT_NAMES.map((name) => `sum("${name}") AS "${name}"`).join(', '))}
    FROM (${rollupRows(from, to, agencyId)} UNION ALL ${open}) u GROUP BY 1, 2, 3, 4`
  return prisma.$queryRaw<Row[]>(cutOf(combined, dimension))
}

/** The same figures straight from the dossiers in one pass, without the rollup. */
export async function rawFigures(prisma: PrismaClient, from: Date, to: Date, dimension: Dimension | null, now = new Date()) {
  const rows = await prisma.$queryRaw<Row[]>(cutOf(facts(inPeriod(from, to), now), dimension))
  return rows.map(toFigures)
}

function toFigures(row: Row) {
  const counts = emptyCounts()
  for (const name of COUNT_NAMES) counts[name] = Number(row[name] ?? 0)
  return { key: row.key ?? '', label: row.label ?? '', ...fromCounts(counts as Counts) }
}

/** Province-wide (or one agency's) headline figures for a period of whole months (domain/statistics/period.ts). */
export async function headlineFigures(prisma: PrismaClient, from: Date, to: Date, agencyId?: string, now?: Date) {
  const [row] = await aggregate(prisma, from, to, null, agencyId, now)
  return toFigures(row ?? ({ key: null, label: null } as Row))
}

/** The same figures for each agency, unit, field, level, procedure or channel. */
export async function figuresBy(prisma: PrismaClient, from: Date, to: Date, dimension: Dimension, agencyId?: string, now?: Date) {
  return (await aggregate(prisma, from, to, dimension, agencyId, now)).map(toFigures)
}

/** The groups of a cut and their total in one pass: every dossier is in exactly one group, so counts add up. */
export async function dashboardFigures(prisma: PrismaClient, from: Date, to: Date, dimension: Dimension, agencyId?: string, now?: Date) {
  const groups = await figuresBy(prisma, from, to, dimension, agencyId, now)
  return { groups, total: totalOf(groups) }
}

export function totalOf(groups: Counts[]) {
  const sum = emptyCounts()
  for (const group of groups) for (const name of COUNT_NAMES) sum[name] += group[name]
  return fromCounts(sum)
}

/** The dossiers behind a figure: received in the period, in one cut (or all), counted in that figure. */
export async function dossiersBehind(prisma: PrismaClient, from: Date, to: Date, cut: { dimension: Dimension; key: string } | null, figure: Figure, agencyId?: string, now = new Date()) {
  // The same fact rows as the counts, so the list always matches the figure it came from.
  const inCut = cut ? Prisma.sql`AND ${Prisma.raw(CUTS[cut.dimension].key)} = ${cut.key}` : Prisma.empty
  const ids = await prisma.$queryRaw<{ id: string }[]>`
    SELECT g.id FROM (${facts(inPeriod(from, to, agencyId), now)}) g ${DIMENSION_JOINS}
    WHERE g.${Prisma.raw(`"${FIGURES.includes(figure) ? figure : 'received'}"`)} > 0 ${inCut}
    ORDER BY g."receivedAt" LIMIT 1000`
  return prisma.dossier.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    orderBy: { receivedAt: 'asc' },
    select: { id: true, code: true, channel: true, status: true, receivedAt: true, dueAt: true, resolvedAt: true, supplementCount: true, procedure: { select: { name: true } }, agency: { select: { name: true } } },
  })
}

/**
 * Procedures offered online (fully or partly) and how many of them had an online dossier in the period.
 * Reads the rollup as it stands: call it after the figures of the same page, which refresh it.
 */
export async function onlineProcedures(prisma: PrismaClient, from: Date, to: Date, agencyId?: string) {
  const agency = agencyId ? { agencies: { some: { agencyId } } } : {}
  const [all, offered] = await Promise.all([
    prisma.procedure.count({ where: { published: true, ...agency } }),
    prisma.procedure.groupBy({ by: ['onlineLevel'], where: { published: true, onlineLevel: { in: ['FULL', 'PARTIAL'] }, ...agency }, _count: { _all: true } }),
  ])
  const [used] = await prisma.$queryRaw<{ count: number }[]>`
    SELECT count(DISTINCT g."procedureId")::int AS count FROM (
      SELECT r."procedureId" FROM "StatisticsRollup" r
      WHERE r.channel = 'ONLINE' AND ${inRollupPeriod(from, to, agencyId)}
      UNION ALL
      SELECT x."procedureId" FROM "Dossier" x WHERE x.channel = 'ONLINE' AND ${OPEN} AND ${inPeriod(from, to, agencyId)}
    ) g`
  const count = (level: string) => offered.find((row) => row.onlineLevel === level)?._count._all ?? 0
  const online = count('FULL') + count('PARTIAL')
  return { all, full: count('FULL'), partial: count('PARTIAL'), onlineShare: all ? online / all : null, used: used?.count ?? 0, usedShare: online ? (used?.count ?? 0) / online : null }
}
