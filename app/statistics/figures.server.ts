// The figures of a period from the stored sums (ADR 015): whole months from the monthly flows, edge days and
// stocks at instants other than a month start from the dossier facts, the stock at a month start from the
// month-start counts. `rawFigures` gives the same figures in one pass over the facts, for the check and the
// benchmark; the SQL expressions below mirror domain/statistics/indicators.ts, and a test holds them together.
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts'
import { COUNT_NAMES, emptyCounts, FLOW_NAMES, fromCounts, type Counts } from './domain/indicators.ts'
import { FIGURES, type Dimension, type Figure } from './domain/dimensions.ts'
import { judgedAt, type Period } from './domain/period.ts'
import { splitPeriod } from './domain/rollup.ts'
import { refreshRollup } from './fold.server.ts'

export { refreshRollup } from './fold.server.ts'

type Row = Record<(typeof COUNT_NAMES)[number], number> & { key: string | null; label: string | null }
export type PeriodBounds = Pick<Period, 'firstDay' | 'lastDay' | 'from' | 'to'>
export interface Scope {
  agencyId?: string
  now?: Date
}

/** Key and label of each cut over a relation `g` with agencyId, unitId, procedureId, channel; constants only. */
const CUTS: Record<Dimension, { key: string; label: string }> = {
  agency: { key: 'a.code', label: 'a.name' },
  unit: { key: 'u.code', label: 'u.name' },
  field: { key: 'f.code', label: 'f.name' },
  level: { key: 'l.code', label: 'l.name' },
  procedure: { key: 'pr.code', label: 'pr.name' },
  channel: { key: 'g.channel::text', label: 'g.channel::text' },
}
const CELL = Prisma.raw(`"agencyId", "unitId", "procedureId", channel`)
type Grain = 'cell' | 'agency'
/** The agency grain serves the headline and the agency and channel cuts; the others need the whole cell. */
const grainOf = (dimension: Dimension | null): Grain => (dimension === null || dimension === 'agency' || dimension === 'channel' ? 'agency' : 'cell')
/** A fact row's cell at a grain, as the stored sums of that grain name it. */
const cellOf = (grain: Grain) => Prisma.raw(grain === 'cell' ? `x."agencyId", x."unitId", x."procedureId", x.channel` : `x."agencyId", '' AS "unitId", '' AS "procedureId", x.channel`)

/** SQL for "the day in column `column` lies in one of the ranges". */
function inDays(column: string, ranges: [string, string][]) {
  if (ranges.length === 0) return Prisma.sql`false`
  return Prisma.join(
    ranges.map(([a, b]) => Prisma.sql`(${Prisma.raw(column)} BETWEEN ${a}::date AND ${b}::date)`),
    ' OR ',
  )
}

/** Each flow of a fact row `x` as a number, counted when its day is in `ranges` (indicators.ts `addFlows`). */
function flowColumns(ranges: [string, string][]): Record<(typeof FLOW_NAMES)[number], Prisma.Sql> {
  const received = Prisma.sql`(${inDays('x."receivedDay"', ranges)})`
  const decided = Prisma.sql`(${inDays('x."decidedDay"', ranges)} AND x.verdict IS NOT NULL)`
  const closed = Prisma.sql`(${inDays('x."closedDay"', ranges)})`
  const flag = (condition: Prisma.Sql) => Prisma.sql`(${condition})::int`
  return {
    received: flag(received),
    receivedOnline: flag(Prisma.sql`${received} AND x.channel = 'ONLINE'`),
    receivedCounter: flag(Prisma.sql`${received} AND x.channel = 'COUNTER'`),
    receivedSupportPoint: flag(Prisma.sql`${received} AND x.channel = 'SUPPORT_POINT'`),
    refusedAtReceipt: flag(inDays('x."refusedAtReceiptDay"', ranges)),
    early: flag(Prisma.sql`${decided} AND x.verdict = 'early'`),
    onTime: flag(Prisma.sql`${decided} AND x.verdict = 'onTime'`),
    late: flag(Prisma.sql`${decided} AND x.verdict = 'late'`),
    refused: flag(Prisma.sql`${decided} AND x.refused`),
    withdrawn: flag(Prisma.sql`${closed} AND x.closure = 'withdrawn'`),
    stopped: flag(Prisma.sql`${closed} AND x.closure = 'stopped'`),
    onlinePayments: flag(Prisma.sql`${received} AND x."paidOnline" > 0`),
    onlinePaymentAmount: Prisma.sql`CASE WHEN ${received} THEN x."paidOnline" ELSE 0 END`,
    feeBearing: flag(Prisma.sql`${received} AND x."feeBearing"`),
    feePaidOnline: flag(Prisma.sql`${received} AND x."feeBearing" AND x."paidOnline" > 0`),
    rated: flag(Prisma.sql`${received} AND x.rated`),
    satisfied: flag(Prisma.sql`${received} AND x.satisfied`),
    processingMinutes: Prisma.sql`CASE WHEN ${decided} THEN x."processingMinutes" ELSE 0 END`,
    digitised: flag(Prisma.sql`${received} AND x.digitised`),
  }
}
const anyFlowIn = (ranges: [string, string][]) =>
  Prisma.sql`(${inDays('x."receivedDay"', ranges)} OR ${inDays('x."decidedDay"', ranges)} OR ${inDays('x."closedDay"', ranges)} OR ${inDays('x."refusedAtReceiptDay"', ranges)})`

/** Open at instant `at`, and overdue then (indicators.ts `stockAt`). */
const openAt = (at: Date) => Prisma.sql`(x."receivedAt" < ${at} AND (x."finishedAt" IS NULL OR x."finishedAt" >= ${at}))`
const overdueAt = (at: Date) => Prisma.sql`(${openAt(at)} AND NOT COALESCE(x."pausedSince" <= ${at}, false) AND COALESCE(x."dueAt" < ${at}, false))`

const onlyAgency = (agencyId: string | undefined) => (agencyId ? Prisma.sql`AND x."agencyId" = ${agencyId}` : Prisma.empty)

/** A SELECT of the cell (at a grain) and every count, from the given expressions (0 for the rest). */
function countsSelect(values: Partial<Record<(typeof COUNT_NAMES)[number], Prisma.Sql>>, from: Prisma.Sql, cell: Prisma.Sql = CELL) {
  const columns = COUNT_NAMES.map((name) => Prisma.sql`${values[name] ?? Prisma.sql`0`} AS ${Prisma.raw(`"${name}"`)}`)
  return Prisma.sql`SELECT ${cell}, ${Prisma.join(columns)} FROM ${from}`
}

const isMonthStart = (at: Date, counted: string | null) => {
  const day = new Date(at.getTime() + 7 * 3600_000).toISOString()
  return counted !== null && day.endsWith('-01T00:00:00.000Z') && day.slice(0, 10) <= counted ? day.slice(0, 10) : null
}

/** The stock at `at`: the month-start counts when `at` is one, the open dossiers' table for "now", else the facts. */
function stockPart(at: Date, counted: string | null, scope: Scope, grain: Grain, as: 'carriedOver' | 'inProgress') {
  const month = isMonthStart(at, counted)
  if (month) {
    const from = Prisma.sql`"StatisticsStock" x WHERE x.grain = ${grain} AND x.month = ${month}::date ${onlyAgency(scope.agencyId)}`
    return as === 'carriedOver'
      ? countsSelect({ carriedOver: Prisma.sql`x.open` }, from)
      : countsSelect({ inProgressInTime: Prisma.sql`x.open - x.overdue`, inProgressOverdue: Prisma.sql`x.overdue` }, from)
  }
  // Now (no clock given): the dossiers open now are all in their own small table, already folded.
  const table = as === 'inProgress' && !scope.now ? '(SELECT *, NULL::timestamp AS "finishedAt" FROM "StatisticsOpen")' : '"StatisticsFact"'
  const from = Prisma.sql`${Prisma.raw(table)} x WHERE ${openAt(at)} ${onlyAgency(scope.agencyId)}`
  return as === 'carriedOver'
    ? countsSelect({ carriedOver: Prisma.sql`1` }, from, cellOf(grain))
    : countsSelect({ inProgressInTime: Prisma.sql`(NOT ${overdueAt(at)})::int`, inProgressOverdue: Prisma.sql`${overdueAt(at)}::int` }, from, cellOf(grain))
}

/** The joins of each cut: only the tables it needs. */
const CUT_JOINS: Record<Dimension, string> = {
  agency: 'JOIN "Agency" a ON a.id = g."agencyId"',
  unit: 'JOIN "AdminUnit" u ON u.id = g."unitId"',
  field: 'JOIN "Procedure" pr ON pr.id = g."procedureId" JOIN "Field" f ON f.id = pr."fieldId"',
  level: 'JOIN "Procedure" pr ON pr.id = g."procedureId" JOIN "AdminLevel" l ON l.id = pr."levelId"',
  procedure: 'JOIN "Procedure" pr ON pr.id = g."procedureId"',
  channel: '',
}

/** The counts of `groups` (a relation with the cell and count columns) per cut, with its key and label. */
function cutOf(groups: Prisma.Sql, dimension: Dimension | null, joins = Prisma.raw(dimension ? CUT_JOINS[dimension] : '')) {
  const cut = dimension ? CUTS[dimension] : { key: 'NULL', label: 'NULL' }
  const sums = Prisma.raw(COUNT_NAMES.map((name) => `sum(g."${name}")::float8 AS "${name}"`).join(', '))
  return Prisma.sql`
    SELECT ${Prisma.raw(cut.key)} AS key, ${Prisma.raw(cut.label)} AS label, ${sums}
    FROM (${groups}) g ${joins}
    GROUP BY 1, 2 ORDER BY 2`
}

async function aggregate(prisma: PrismaClient, period: PeriodBounds, dimension: Dimension | null, scope: Scope) {
  const now = scope.now ?? new Date()
  const { stockMonth: counted } = await refreshRollup(prisma, now)
  const grain = grainOf(dimension)
  const { months, days } = splitPeriod(period.firstDay, period.lastDay)
  const parts: Prisma.Sql[] = []
  if (months) {
    const flows = Object.fromEntries(FLOW_NAMES.map((name) => [name, Prisma.raw(`x."${name}"`)]))
    parts.push(countsSelect(flows, Prisma.sql`"StatisticsRollup" x WHERE x.grain = ${grain} AND x.month >= ${months[0]}::date AND x.month < ${months[1]}::date ${onlyAgency(scope.agencyId)}`))
  }
  if (days.length) parts.push(countsSelect(flowColumns(days), Prisma.sql`"StatisticsFact" x WHERE ${anyFlowIn(days)} ${onlyAgency(scope.agencyId)}`, cellOf(grain)))
  parts.push(stockPart(period.from, counted, scope, grain, 'carriedOver'))
  parts.push(stockPart(judgedAt(period, now), counted, scope, grain, 'inProgress'))
  // Cells are added up first, so the labels are joined once per cell.
  const sums = Prisma.raw(COUNT_NAMES.map((name) => `sum("${name}") AS "${name}"`).join(', '))
  const cells = Prisma.sql`SELECT ${CELL}, ${sums} FROM (${Prisma.join(parts, ' UNION ALL ')}) u GROUP BY 1, 2, 3, 4`
  return prisma.$queryRaw<Row[]>(cutOf(cells, dimension))
}

/** The same figures in one pass over the dossier facts, without the monthly or month-start sums. */
export async function rawFigures(prisma: PrismaClient, period: PeriodBounds, dimension: Dimension | null, scope: Scope = {}) {
  const now = scope.now ?? new Date()
  await refreshRollup(prisma, now)
  const ranges: [string, string][] = [[period.firstDay, period.lastDay]]
  const asOf = judgedAt(period, now)
  const values = {
    ...flowColumns(ranges),
    carriedOver: Prisma.sql`${openAt(period.from)}::int`,
    inProgressInTime: Prisma.sql`(${openAt(asOf)} AND NOT ${overdueAt(asOf)})::int`,
    inProgressOverdue: Prisma.sql`${overdueAt(asOf)}::int`,
  }
  const from = Prisma.sql`"StatisticsFact" x WHERE (${anyFlowIn(ranges)} OR ${openAt(period.from)} OR ${openAt(asOf)}) ${onlyAgency(scope.agencyId)}`
  return (await prisma.$queryRaw<Row[]>(cutOf(countsSelect(values, from), dimension))).map(toFigures)
}

function toFigures(row: Row) {
  const counts = emptyCounts()
  for (const name of COUNT_NAMES) counts[name] = Number(row[name] ?? 0)
  return { key: row.key ?? '', label: row.label ?? '', ...fromCounts(counts) }
}

/** Province-wide (or one agency's) figures for a period. */
export async function headlineFigures(prisma: PrismaClient, period: PeriodBounds, scope: Scope = {}) {
  const [row] = await aggregate(prisma, period, null, scope)
  return toFigures(row ?? ({ key: null, label: null } as Row))
}

/** The same figures for each agency, unit, field, level, procedure or channel. */
export async function figuresBy(prisma: PrismaClient, period: PeriodBounds, dimension: Dimension, scope: Scope = {}) {
  return (await aggregate(prisma, period, dimension, scope)).map(toFigures)
}

/** The groups of a cut and their total in one pass: every dossier is in exactly one group, so counts add up. */
export async function dashboardFigures(prisma: PrismaClient, period: PeriodBounds, dimension: Dimension, scope: Scope = {}) {
  const groups = await figuresBy(prisma, period, dimension, scope)
  return { groups, total: totalOf(groups) }
}

export function totalOf(groups: Counts[]) {
  const sum = emptyCounts()
  for (const group of groups) for (const name of COUNT_NAMES) sum[name] += group[name]
  return fromCounts(sum)
}

/** The condition a fact row meets when it counts in `figure` for the period (the same expressions as the sums). */
function figureCondition(figure: Figure, period: PeriodBounds, now: Date) {
  const asOf = judgedAt(period, now)
  if (figure === 'carriedOver') return openAt(period.from)
  if (figure === 'inProgressInTime') return Prisma.sql`(${openAt(asOf)} AND NOT ${overdueAt(asOf)})`
  if (figure === 'inProgressOverdue') return overdueAt(asOf)
  return Prisma.sql`(${flowColumns([[period.firstDay, period.lastDay]])[figure]}) > 0`
}

export interface DrillDown {
  cut: { dimension: Dimension; key: string } | null
  figure: Figure
}

function behind(period: PeriodBounds, drill: DrillDown, scope: Scope) {
  const figure = FIGURES.includes(drill.figure) ? drill.figure : 'received'
  // The cut keys name the facts' own channel column here.
  const inCut = drill.cut ? Prisma.sql`AND ${Prisma.raw(CUTS[drill.cut.dimension].key.replace('g.', 'x.'))} = ${drill.cut.key}` : Prisma.empty
  return Prisma.sql`
    FROM "StatisticsFact" x
    JOIN "Agency" a ON a.id = x."agencyId" JOIN "AdminUnit" u ON u.id = x."unitId" JOIN "Procedure" pr ON pr.id = x."procedureId"
    JOIN "Field" f ON f.id = pr."fieldId" JOIN "AdminLevel" l ON l.id = pr."levelId" JOIN "Dossier" d ON d.id = x."dossierId"
    WHERE ${figureCondition(figure, period, scope.now ?? new Date())} ${onlyAgency(scope.agencyId)} ${inCut}`
}

export interface BehindRow {
  id: string
  code: string | null
  procedure: string
  agency: string
  channel: string
  status: string
  receivedAt: Date | null
  dueAt: Date | null
  decidedAt: Date | null
  verdict: string | null
}

/** The dossiers behind a figure, a page at a time, and how many there are in all. */
export async function dossiersBehind(prisma: PrismaClient, period: PeriodBounds, drill: DrillDown, scope: Scope = {}, page: { offset: number; limit: number } = { offset: 0, limit: 100 }) {
  await refreshRollup(prisma, scope.now ?? new Date())
  const from = behind(period, drill, scope)
  const [[count], rows] = await Promise.all([
    prisma.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count ${from}`,
    prisma.$queryRaw<BehindRow[]>`
      SELECT d.id, d.code, pr.name AS procedure, a.name AS agency, d.channel::text AS channel, d.status::text AS status, d."receivedAt", d."dueAt",
        d."resolvedAt" AS "decidedAt", x.verdict
      ${from} ORDER BY d."receivedAt", d.id OFFSET ${page.offset} LIMIT ${page.limit}`,
  ])
  return { total: count?.count ?? 0, rows }
}

/** Every dossier behind a figure, in chunks, for an export. */
export async function* allDossiersBehind(prisma: PrismaClient, period: PeriodBounds, drill: DrillDown, scope: Scope = {}) {
  const limit = 5000
  for (let offset = 0; ; offset += limit) {
    const { rows } = await dossiersBehind(prisma, period, drill, scope, { offset, limit })
    yield rows
    if (rows.length < limit) return
  }
}

/**
 * The catalogue's own figures: procedures in all and by level, offered fully or partly online, integrated on
 * the national portal, and the online ones that had an online dossier received in the period. Reads the sums
 * as they stand: call it after the figures of the same page, which fold the latest changes.
 */
export async function catalogueFigures(prisma: PrismaClient, period: PeriodBounds, scope: Scope = {}) {
  const agency = scope.agencyId ? Prisma.sql`AND EXISTS (SELECT 1 FROM "ProcedureAgency" pa WHERE pa."procedureId" = p.id AND pa."agencyId" = ${scope.agencyId})` : Prisma.empty
  const { months, days } = splitPeriod(period.firstDay, period.lastDay)
  const usedParts: Prisma.Sql[] = []
  // Province-wide, the procedure grain; one agency's, the cells of that agency.
  const grain = scope.agencyId ? 'cell' : 'procedure'
  if (months)
    usedParts.push(
      Prisma.sql`SELECT x."procedureId" FROM "StatisticsRollup" x WHERE x.grain = ${grain} AND x."receivedOnline" > 0 AND x.month >= ${months[0]}::date AND x.month < ${months[1]}::date ${onlyAgency(scope.agencyId)}`,
    )
  if (days.length) usedParts.push(Prisma.sql`SELECT x."procedureId" FROM "StatisticsFact" x WHERE x.channel = 'ONLINE' AND (${inDays('x."receivedDay"', days)}) ${onlyAgency(scope.agencyId)}`)
  const [byLevel, [used]] = await Promise.all([
    prisma.$queryRaw<{ level: string; name: string; nameEn: string; rank: number; all: number; full: number; partial: number; nationalPortal: number }[]>`
      SELECT l.code AS level, l.name, l."nameEn", l.rank, count(*)::int AS all,
        count(*) FILTER (WHERE p."onlineLevel" = 'FULL')::int AS full, count(*) FILTER (WHERE p."onlineLevel" = 'PARTIAL')::int AS partial,
        count(*) FILTER (WHERE p."nationalPortal")::int AS "nationalPortal"
      FROM "Procedure" p JOIN "AdminLevel" l ON l.id = p."levelId" WHERE p.published ${agency}
      GROUP BY 1, 2, 3, 4 ORDER BY l.rank`,
    prisma.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM "Procedure" p
      WHERE p.published AND p."onlineLevel" IN ('FULL', 'PARTIAL') ${agency} AND p.id IN (${Prisma.join(usedParts, ' UNION ')})`,
  ])
  const sum = (pick: (row: (typeof byLevel)[number]) => number) => byLevel.reduce((total, row) => total + pick(row), 0)
  const all = sum((r) => r.all)
  const online = sum((r) => r.full + r.partial)
  const share = (part: number, whole: number) => (whole ? part / whole : null)
  return {
    all,
    byLevel,
    full: sum((r) => r.full),
    partial: sum((r) => r.partial),
    fullShare: share(
      sum((r) => r.full),
      all,
    ),
    partialShare: share(
      sum((r) => r.partial),
      all,
    ),
    onlineShare: share(online, all),
    used: used?.count ?? 0,
    usedShare: share(used?.count ?? 0, online),
    nationalPortal: sum((r) => r.nationalPortal),
    nationalPortalShare: share(
      sum((r) => r.nationalPortal),
      all,
    ),
  }
}
export type CatalogueFigures = Awaited<ReturnType<typeof catalogueFigures>>
