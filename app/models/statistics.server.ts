// The headline indicators in one pass over the period's dossiers, in SQL (the same rules as
// domain/statistics/indicators.ts, which a test compares this with).
import type { PrismaClient } from '../../prisma/generated/client.ts'
import type { Headline } from '../domain/statistics/indicators.ts'

interface Row {
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

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole)

export async function headlineFigures(prisma: PrismaClient, from: Date, to: Date): Promise<Headline> {
  // Times are stored in UTC; Vietnam is UTC+7 all year, so its calendar day is the UTC time + 7 hours.
  const [row] = await prisma.$queryRaw<Row[]>`
    WITH d AS (
      SELECT x.channel, x."receivedAt", x."dueAt", x."resolvedAt", x."supplementCount", x."feeAmount",
        COALESCE((SELECT sum(p.amount) FROM "Payment" p WHERE p."dossierId" = x.id AND p.status = 'SUCCEEDED'), 0) AS paid,
        (x."resolvedAt" IS NOT NULL AND x."dueAt" IS NOT NULL) AS decided,
        (x."supplementCount" > 1 OR x."resolvedAt" > x."dueAt") AS is_late,
        ((x."resolvedAt" + interval '7 hours')::date < (x."dueAt" + interval '7 hours')::date) AS before_due_day
      FROM "Dossier" x
      WHERE x."receivedAt" >= ${from} AND x."receivedAt" < ${to}
    )
    SELECT count(*)::int AS received,
      count(*) FILTER (WHERE channel = 'ONLINE')::int AS "receivedOnline",
      count(*) FILTER (WHERE decided AND NOT is_late AND before_due_day)::int AS early,
      count(*) FILTER (WHERE decided AND NOT is_late AND NOT before_due_day)::int AS "onTime",
      count(*) FILTER (WHERE decided AND is_late)::int AS late,
      count(*) FILTER (WHERE paid > 0)::int AS "onlinePayments",
      COALESCE(sum(paid), 0)::bigint AS "onlinePaymentAmount",
      count(*) FILTER (WHERE "feeAmount" > 0)::int AS "feeBearing",
      count(*) FILTER (WHERE "feeAmount" > 0 AND paid > 0)::int AS "feePaidOnline"
    FROM d`
  const r = row!
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
