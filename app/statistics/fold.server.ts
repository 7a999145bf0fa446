// Keeps the statistics current by folding in only the dossiers that changed (ADR 015). A trigger queues every
// changed dossier in "StatisticsChange"; a fold reads a batch of the queue, works out each dossier's fact by the
// domain rules (domain/statistics/indicators.ts `factOf`), and adds the difference between its new and its
// stored fact to the monthly flows and the month-start stocks. Reads fold first, so a figure read after a
// transition or an import already counts it; an import folds as it stores, so the first read after it is quick.
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts'
import { factOf, FLOW_NAMES, type Channel, type DossierFact, type DossierRecord, type Flows } from './domain/indicators.ts'
import { monthlyFlows, monthlyStock, monthStartAtOrBefore, monthStartInstant, nextMonth, type StockCount } from './domain/rollup.ts'
import { workingCalendar } from '../models/calendar.server.ts'

type Db = PrismaClient | Prisma.TransactionClient
const BATCH = 1000

interface Cell {
  agencyId: string
  unitId: string
  procedureId: string
  channel: Channel
}
type StoredFact = DossierFact & Cell & { dossierId: string; stockUntil: string | null }

/**
 * Folds every queued change into the statistics (and, at a new month, counts the open dossiers into its
 * stock). Safe to call from several processes at once: folds are serialised by an advisory lock. The ops job
 * calls it on a schedule; statistics reads call it first.
 */
export async function refreshRollup(prisma: PrismaClient, now = new Date()): Promise<{ folded: number; stockMonth: string }> {
  // One query tells whether anything is queued and how far the month-start counts go: most reads stop here.
  const state = async () =>
    (
      await prisma.$queryRaw<{ stockMonth: Date | null; queued: boolean }[]>`
    SELECT (SELECT "stockMonth" FROM "StatisticsRefresh" WHERE id = 1) AS "stockMonth", EXISTS (SELECT 1 FROM "StatisticsChange") AS queued`
    )[0]!
  const { stockMonth, queued: wasQueued } = await state()
  let queued = wasQueued
  const horizon = await rollOverStock(prisma, stockMonth ? stockMonth.toISOString().slice(0, 10) : null, now)
  if (horizon !== (stockMonth ? stockMonth.toISOString().slice(0, 10) : null)) queued = true
  let folded = 0
  while (queued) {
    folded += await foldBatch(prisma, horizon)
    queued = (await state()).queued
  }
  return { folded, stockMonth: horizon }
}

/** The month start open dossiers are counted up to; at a new month, those open at it are queued again. */
async function rollOverStock(prisma: PrismaClient, counted: string | null, now: Date): Promise<string> {
  const current = monthStartAtOrBefore(now)
  if (counted && counted >= current) return counted
  if (counted) {
    // Open at a month start after the last one counted: not finished before the next one.
    await prisma.$executeRaw`
      INSERT INTO "StatisticsChange" ("dossierId")
      SELECT "dossierId" FROM "StatisticsFact" WHERE "receivedAt" IS NOT NULL AND ("finishedAt" IS NULL OR "finishedAt" >= ${monthStartInstant(nextMonth(counted))})`
  }
  const stockMonth = new Date(`${current}T00:00:00Z`)
  await prisma.statisticsRefresh.upsert({ where: { id: 1 }, create: { id: 1, refreshedAt: now, stockMonth }, update: { refreshedAt: now, stockMonth } })
  return current
}

/** Folds one batch of queued dossiers; answers how many (0: the queue is empty). */
async function foldBatch(prisma: PrismaClient, horizon: string): Promise<number> {
  const calendar = await workingCalendar(prisma)
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('statistics_fold'))`
      // Every queued change of the batch's dossiers, seen in one statement: a dossier queued twice is folded once,
      // and only changes committed before its record is read are taken off the queue.
      const queued = await tx.$queryRaw<{ id: bigint; dossierId: string }[]>`
        SELECT id, "dossierId" FROM "StatisticsChange" WHERE "dossierId" IN (SELECT "dossierId" FROM "StatisticsChange" ORDER BY id LIMIT ${BATCH})`
      if (queued.length === 0) return 0
      const ids = [...new Set(queued.map((q) => q.dossierId))]
      const records = await loadRecords(tx, ids)
      const stored = new Map((await loadFacts(tx, ids)).map((f) => [f.dossierId, f]))
      const flows = new Sums<Flows>()
      const stock = new Sums<StockCount>()
      const upserts: StoredFact[] = []
      const removed: string[] = []
      const open: StoredFact[] = []
      const closed: string[] = []
      for (const id of ids) {
        const record = records.get(id)
        const fact = record ? factOf(record, calendar) : null
        const next = fact && record ? { ...fact, ...record.cell, dossierId: id, stockUntil: horizon } : null
        const old = stored.get(id)
        if (old) {
          for (const [month, counts] of monthlyFlows(old, -1)) flows.add(month, old, counts, FLOW_GRAINS)
          for (const [month, counts] of monthlyStock(old, old.stockUntil, -1)) stock.add(month, old, counts, STOCK_GRAINS)
        }
        if (next) {
          for (const [month, counts] of monthlyFlows(next)) flows.add(month, next, counts, FLOW_GRAINS)
          for (const [month, counts] of monthlyStock(next, horizon)) stock.add(month, next, counts, STOCK_GRAINS)
          upserts.push(next)
        } else if (old) removed.push(id)
        if (next?.receivedAt && !next.finishedAt) open.push(next)
        else closed.push(id)
      }
      // Every write of the batch in one statement (data-modifying WITH clauses on disjoint rows): one round trip.
      const writes = [
        sumsWrite('"StatisticsRollup"', FLOW_NAMES, flows),
        sumsWrite('"StatisticsStock"', ['open', 'overdue'], stock),
        upserts.length ? factsWrite(upserts) : null,
        removed.length ? Prisma.sql`DELETE FROM "StatisticsFact" WHERE "dossierId" IN (${Prisma.join(removed)})` : null,
        closed.length ? Prisma.sql`DELETE FROM "StatisticsOpen" WHERE "dossierId" IN (${Prisma.join(closed)})` : null,
        open.length ? openWrite(open) : null,
        Prisma.sql`DELETE FROM "StatisticsChange" WHERE id IN (${Prisma.join(queued.map((q) => q.id))})`,
      ].filter((w): w is Prisma.Sql => w !== null)
      await tx.$executeRaw`WITH ${Prisma.join(writes.map((w, i) => Prisma.sql`${Prisma.raw(`w${i}`)} AS (${w})`))} SELECT 1`
      return ids.length
    },
    { timeout: 600_000 },
  )
}

/** The grains the sums are kept at (see StatisticsRollup): each keeps some parts of the cell, '' for the rest. */
const GRAINS = {
  cell: (c: Cell) => c,
  agency: (c: Cell) => ({ agencyId: c.agencyId, unitId: '', procedureId: '', channel: c.channel }),
  procedure: (c: Cell) => ({ agencyId: '', unitId: '', procedureId: c.procedureId, channel: c.channel }),
} as const
type Grain = keyof typeof GRAINS
const FLOW_GRAINS: Grain[] = ['cell', 'agency', 'procedure']
const STOCK_GRAINS: Grain[] = ['cell', 'agency']

/** Deltas per (grain, month, cell), summed in memory so each stored row is written once per batch. */
class Sums<T extends Record<string, number>> {
  readonly rows = new Map<string, { grain: Grain; month: string; cell: Cell; counts: T }>()
  add(month: string, of: Cell, counts: T, grains: Grain[]) {
    for (const grain of grains) {
      const cell = GRAINS[grain](of)
      const key = `${grain}|${month}|${cell.agencyId}|${cell.unitId}|${cell.procedureId}|${cell.channel}`
      const row = this.rows.get(key)
      if (!row) this.rows.set(key, { grain, month, cell: { agencyId: cell.agencyId, unitId: cell.unitId, procedureId: cell.procedureId, channel: cell.channel }, counts: { ...counts } })
      else for (const name of Object.keys(counts)) (row.counts as Record<string, number>)[name] = (row.counts[name] ?? 0) + (counts[name] ?? 0)
    }
  }
}

function sumsWrite<T extends Record<string, number>>(table: string, names: readonly string[], sums: Sums<T>) {
  const rows = [...sums.rows.values()].filter((row) => names.some((name) => row.counts[name] !== 0))
  if (rows.length === 0) return null
  const columns = Prisma.raw(['grain', 'month', 'agencyId', 'unitId', 'procedureId', 'channel', ...names].map((c) => `"${c}"`).join(', '))
  const adds = Prisma.raw(names.map((c) => `"${c}" = ${table}."${c}" + EXCLUDED."${c}"`).join(', '))
  const counts = names.map((name) => Prisma.sql`${rows.map((row) => row.counts[name] ?? 0)}::bigint[]`)
  // Enum arrays do not cross PGlite's driver: the channel travels as text and is cast per row.
  const aliases = Prisma.raw(['g', 'm', 'a', 'u', 'p', 'c', ...names.map((_, i) => `n${i}`)].join(', '))
  const selected = Prisma.raw(['g', 'm', 'a', 'u', 'p', 'c::"Channel"', ...names.map((_, i) => `n${i}`)].join(', '))
  return Prisma.sql`
    INSERT INTO ${Prisma.raw(table)} (${columns})
    SELECT ${selected} FROM unnest(${rows.map((r) => r.grain)}::text[], ${rows.map((r) => r.month)}::date[], ${rows.map((r) => r.cell.agencyId)}::text[], ${rows.map((r) => r.cell.unitId)}::text[],
      ${rows.map((r) => r.cell.procedureId)}::text[], ${rows.map((r) => r.cell.channel)}::text[], ${Prisma.join(counts)}) AS t(${aliases})
    ON CONFLICT ("grain", "month", "agencyId", "unitId", "procedureId", "channel") DO UPDATE SET ${adds}`
}

const FACT_COLUMNS = [
  'dossierId',
  'agencyId',
  'unitId',
  'procedureId',
  'channel',
  'receivedDay',
  'refusedAtReceiptDay',
  'decidedDay',
  'verdict',
  'refused',
  'closedDay',
  'closure',
  'processingMinutes',
  'paidOnline',
  'feeBearing',
  'rated',
  'satisfied',
  'digitised',
  'receivedAt',
  'finishedAt',
  'dueAt',
  'pausedSince',
  'stockUntil',
] as const

const SQL_TYPES: Record<(typeof FACT_COLUMNS)[number], string> = {
  dossierId: 'text',
  agencyId: 'text',
  unitId: 'text',
  procedureId: 'text',
  channel: 'text',
  receivedDay: 'date',
  refusedAtReceiptDay: 'date',
  decidedDay: 'date',
  verdict: 'text',
  refused: 'boolean',
  closedDay: 'date',
  closure: 'text',
  processingMinutes: 'int',
  paidOnline: 'int',
  feeBearing: 'boolean',
  rated: 'boolean',
  satisfied: 'boolean',
  digitised: 'boolean',
  receivedAt: 'timestamp',
  finishedAt: 'timestamp',
  dueAt: 'timestamp',
  pausedSince: 'timestamp',
  stockUntil: 'date',
}

/** Facts written a column at a time (one array per column), so a batch is one statement with few parameters. */
function factsWrite(facts: StoredFact[]) {
  const arrays = FACT_COLUMNS.map((c) => {
    const values = facts.map((f) => {
      const value = f[c]
      return value instanceof Date ? value.toISOString() : value
    })
    return Prisma.sql`${values}::${Prisma.raw(SQL_TYPES[c])}[]`
  })
  return Prisma.sql`
    INSERT INTO "StatisticsFact" (${Prisma.raw(FACT_COLUMNS.map((c) => `"${c}"`).join(', '))})
    SELECT ${Prisma.raw(FACT_COLUMNS.map((c) => (c === 'channel' ? `"${c}"::"Channel"` : `"${c}"`)).join(', '))}
    FROM unnest(${Prisma.join(arrays)}) AS t(${Prisma.raw(FACT_COLUMNS.map((c) => `"${c}"`).join(', '))})
    ON CONFLICT ("dossierId") DO UPDATE SET ${Prisma.raw(
      FACT_COLUMNS.slice(1)
        .map((c) => `"${c}" = EXCLUDED."${c}"`)
        .join(', '),
    )}`
}

/** The open dossiers' own small table: written for those open now (the others are removed). */
function openWrite(open: StoredFact[]) {
  const iso = (d: Date | null) => d?.toISOString() ?? null
  return Prisma.sql`
    INSERT INTO "StatisticsOpen" ("dossierId", "agencyId", "unitId", "procedureId", channel, "receivedAt", "dueAt", "pausedSince")
    SELECT i, a, u, p, c::"Channel", r, d, s FROM unnest(${open.map((f) => f.dossierId)}::text[], ${open.map((f) => f.agencyId)}::text[], ${open.map((f) => f.unitId)}::text[],
      ${open.map((f) => f.procedureId)}::text[], ${open.map((f) => f.channel)}::text[], ${open.map((f) => iso(f.receivedAt))}::timestamp[], ${open.map((f) => iso(f.dueAt))}::timestamp[],
      ${open.map((f) => iso(f.pausedSince))}::timestamp[]) AS t(i, a, u, p, c, r, d, s)
    ON CONFLICT ("dossierId") DO UPDATE SET "agencyId" = EXCLUDED."agencyId", "unitId" = EXCLUDED."unitId", "procedureId" = EXCLUDED."procedureId", channel = EXCLUDED.channel,
      "receivedAt" = EXCLUDED."receivedAt", "dueAt" = EXCLUDED."dueAt", "pausedSince" = EXCLUDED."pausedSince"`
}

type FactRow = Omit<StoredFact, 'receivedDay' | 'refusedAtReceiptDay' | 'decidedDay' | 'closedDay' | 'stockUntil'> &
  Record<'receivedDay' | 'refusedAtReceiptDay' | 'decidedDay' | 'closedDay' | 'stockUntil', Date | null>

async function loadFacts(tx: Db, ids: string[]): Promise<StoredFact[]> {
  const rows = await tx.$queryRaw<FactRow[]>`
    SELECT ${Prisma.raw(FACT_COLUMNS.map((c) => (c === 'channel' ? `channel::text AS channel` : `"${c}"`)).join(', '))}
    FROM "StatisticsFact" WHERE "dossierId" IN (${Prisma.join(ids)})`
  const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null)
  return rows.map((r) => ({
    ...r,
    receivedDay: day(r.receivedDay),
    refusedAtReceiptDay: day(r.refusedAtReceiptDay),
    decidedDay: day(r.decidedDay),
    closedDay: day(r.closedDay),
    stockUntil: day(r.stockUntil),
  }))
}

/** Dossiers as the domain reads them (`DossierRecord`), with the cell they are counted in. */
export async function loadRecords(db: Db, ids: string[]) {
  const rows = await db.$queryRaw<(DossierRecord & { id: string; agencyId: string; unitId: string; procedureId: string })[]>`
    SELECT x.id, x."agencyId", COALESCE(x."unitId", a."unitId") AS "unitId", x."procedureId", x.channel::text AS channel, x.status::text AS status,
      x."submittedAt", x."receivedAt", x."dueAt", x."resolvedAt", x.outcome, x."supplementCount", x."pausedMinutes", x."feeAmount", x."paidOnline", r.score AS rating,
      -- Digitised per document (counter intake sets it when every paper document was scanned; online filings are).
      x.digitised AS digitised,
      CASE WHEN x.status IN ('WITHDRAWN', 'STOPPED', 'NOT_ACCEPTED')
        THEN (SELECT max(e.at) FROM "DossierEvent" e WHERE e."dossierId" = x.id AND e.action IN ('withdraw', 'stop', 'refuse')) END AS "closedAt",
      CASE WHEN x.status = 'SUPPLEMENT_REQUESTED'
        THEN (SELECT max(e.at) FROM "DossierEvent" e WHERE e."dossierId" = x.id AND e.action = 'requestSupplement') END AS "pausedSince"
    FROM "Dossier" x JOIN "Agency" a ON a.id = x."agencyId" LEFT JOIN "Rating" r ON r."dossierId" = x.id
    WHERE x.id IN (${Prisma.join(ids)})`
  return new Map(
    rows.map(({ id, agencyId, unitId, procedureId, ...record }) => [
      id,
      { ...record, rating: record.rating === null ? null : Number(record.rating), cell: { agencyId, unitId, procedureId, channel: record.channel } },
    ]),
  )
}

/** After the holiday table changes: decided dossiers whose processing spans the day get their working time again. */
export async function queueDecidedAround(prisma: PrismaClient, day: string) {
  const start = new Date(`${day}T00:00:00+07:00`)
  await prisma.$executeRaw`
    INSERT INTO "StatisticsChange" ("dossierId")
    SELECT "dossierId" FROM "StatisticsFact" WHERE "decidedDay" IS NOT NULL AND "receivedAt" < ${new Date(start.getTime() + 86_400_000)} AND "finishedAt" >= ${start}`
}
