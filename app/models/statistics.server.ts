// The indicators in one pass over the period's dossiers, in SQL (the same rules as
// domain/statistics/indicators.ts, which a test compares this with), province-wide or cut by a dimension.
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts'
import type { Dimension } from '../domain/statistics/dimensions.ts'
import type { Headline } from '../domain/statistics/indicators.ts'

interface Row {
  key: string | null
  label: string | null
  received: number
  receivedOnline: number
  early: number
  onTime: number
  late: number
  onlinePayments: number
  onlinePaymentAmount: bigint | number | string
  feeBearing: number
  feePaidOnline: number
}


/** Key and label of each cut; constants only, never user input, go into the SQL. */
const CUTS: Record<Dimension, { key: string; label: string }> = {
  agency: { key: 'a.code', label: 'a.name' },
  field: { key: 'f.code', label: 'f.name' },
  level: { key: 'l.code', label: 'l.name' },
  channel: { key: 'x.channel::text', label: 'x.channel::text' },
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole)

function toHeadline(r: Row): Headline {
  const resolved = r.early + r.onTime + r.late
  return {
    received: r.received,
    receivedOnline: r.receivedOnline,
    onlineShare: share(r.receivedOnline, r.received),
    resolved,
    early: r.early,
    onTime: r.onTime,
    late: r.late,
    onTimeRate: share(r.early + r.onTime, resolved),
    onlinePayments: r.onlinePayments,
    onlinePaymentAmount: Number(r.onlinePaymentAmount),
    feeBearing: r.feeBearing,
    paidOnlineShare: share(r.feePaidOnline, r.feeBearing),
  }
}

async function aggregate(prisma: PrismaClient, from: Date, to: Date, dimension: Dimension | null, agencyId?: string) {
  const cut = dimension ? CUTS[dimension] : { key: 'NULL', label: 'NULL' }
  const onlyAgency = agencyId ? Prisma.sql`AND x."agencyId" = ${agencyId}` : Prisma.empty
  // Times are stored in UTC; Vietnam is UTC+7 all year, so its calendar day is the UTC time + 7 hours.
  return prisma.$queryRaw<Row[]>`
    WITH d AS (
      SELECT ${Prisma.raw(cut.key)} AS key, ${Prisma.raw(cut.label)} AS label, x.channel, x."feeAmount",
        COALESCE((SELECT sum(p.amount) FROM "Payment" p WHERE p."dossierId" = x.id AND p.status = 'SUCCEEDED'), 0) AS paid,
        (x."resolvedAt" IS NOT NULL AND x."dueAt" IS NOT NULL) AS decided,
        (x."supplementCount" > 1 OR x."resolvedAt" > x."dueAt") AS is_late,
        ((x."resolvedAt" + interval '7 hours')::date < (x."dueAt" + interval '7 hours')::date) AS before_due_day
      FROM "Dossier" x
      JOIN "Agency" a ON a.id = x."agencyId"
      JOIN "Procedure" pr ON pr.id = x."procedureId"
      JOIN "Field" f ON f.id = pr."fieldId"
      JOIN "AdminLevel" l ON l.id = pr."levelId"
      WHERE x."receivedAt" >= ${from} AND x."receivedAt" < ${to} ${onlyAgency}
    )
    SELECT key, label, count(*)::int AS received,
      count(*) FILTER (WHERE channel = 'ONLINE')::int AS "receivedOnline",
      count(*) FILTER (WHERE decided AND NOT is_late AND before_due_day)::int AS early,
      count(*) FILTER (WHERE decided AND NOT is_late AND NOT before_due_day)::int AS "onTime",
      count(*) FILTER (WHERE decided AND is_late)::int AS late,
      count(*) FILTER (WHERE paid > 0)::int AS "onlinePayments",
      COALESCE(sum(paid), 0)::bigint AS "onlinePaymentAmount",
      count(*) FILTER (WHERE "feeAmount" > 0)::int AS "feeBearing",
      count(*) FILTER (WHERE "feeAmount" > 0 AND paid > 0)::int AS "feePaidOnline"
    FROM d GROUP BY key, label ORDER BY label`
}

const EMPTY: Row = { key: null, label: null, received: 0, receivedOnline: 0, early: 0, onTime: 0, late: 0, onlinePayments: 0, onlinePaymentAmount: 0, feeBearing: 0, feePaidOnline: 0 }

/** Province-wide (or one agency's) headline figures. */
export async function headlineFigures(prisma: PrismaClient, from: Date, to: Date, agencyId?: string): Promise<Headline> {
  const [row] = await aggregate(prisma, from, to, null, agencyId)
  return toHeadline(row ?? EMPTY)
}

/** The same figures for each agency, field, level or channel. */
export async function figuresBy(prisma: PrismaClient, from: Date, to: Date, dimension: Dimension, agencyId?: string) {
  const rows = await aggregate(prisma, from, to, dimension, agencyId)
  return rows.map((row) => ({ key: row.key ?? '', label: row.label ?? '', ...toHeadline(row) }))
}

/** The dossiers behind a figure: received in the period, in one cut. */
export function dossiersBehind(prisma: PrismaClient, from: Date, to: Date, dimension: Dimension, key: string, agencyId?: string) {
  const cut: Prisma.DossierWhereInput =
    dimension === 'agency' ? { agency: { code: key } } : dimension === 'field' ? { procedure: { field: { code: key } } } : dimension === 'level' ? { procedure: { level: { code: key } } } : { channel: key as 'ONLINE' }
  return prisma.dossier.findMany({
    where: { receivedAt: { gte: from, lt: to }, ...cut, ...(agencyId && { agencyId }) },
    orderBy: { receivedAt: 'asc' },
    take: 1000,
    select: { id: true, code: true, channel: true, status: true, receivedAt: true, dueAt: true, resolvedAt: true, supplementCount: true, procedure: { select: { name: true } }, agency: { select: { name: true } } },
  })
}
