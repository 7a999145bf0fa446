// The indicators provinces publish (DESIGN.md §6), defined once over plain dossier records. The database
// computes the same figures in one aggregate (models/statistics.server.ts); a test holds the two together.
import { localDay } from '../calendar/working-time.ts'

export interface DossierFacts {
  channel: 'ONLINE' | 'COUNTER' | 'SUPPORT_POINT'
  status: string
  receivedAt: Date | null
  dueAt: Date | null
  /** When the decision was made (approved or refused on the merits). */
  resolvedAt: Date | null
  supplementCount: number
  feeAmount: number
  /** Paid through the online gateway (VND), 0 if not. */
  paidOnline: number
}

export interface Headline {
  received: number
  receivedOnline: number
  onlineShare: number | null
  resolved: number
  early: number
  onTime: number
  late: number
  onTimeRate: number | null
  onlinePayments: number
  onlinePaymentAmount: number
  feeBearing: number
  paidOnlineShare: number | null
}

/** Late when decided after the due date, or when asked for a supplement more than once (Decision 766, 2.1). */
export function timeliness(d: Pick<DossierFacts, 'dueAt' | 'resolvedAt' | 'supplementCount'>): 'early' | 'onTime' | 'late' | null {
  if (!d.resolvedAt || !d.dueAt) return null
  if (d.supplementCount > 1 || d.resolvedAt > d.dueAt) return 'late'
  return localDay(d.resolvedAt) < localDay(d.dueAt) ? 'early' : 'onTime'
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole)

/** Dossiers received in [from, to) and, among them, those decided; shares are null when nothing to divide. */
export function headline(dossiers: DossierFacts[], from: Date, to: Date): Headline {
  const received = dossiers.filter((d) => d.receivedAt && d.receivedAt >= from && d.receivedAt < to)
  const counts = { early: 0, onTime: 0, late: 0 }
  for (const d of received) {
    const verdict = timeliness(d)
    if (verdict) counts[verdict]++
  }
  const resolved = counts.early + counts.onTime + counts.late
  const feeBearing = received.filter((d) => d.feeAmount > 0)
  const paidOnline = received.filter((d) => d.paidOnline > 0)
  const receivedOnline = received.filter((d) => d.channel === 'ONLINE').length
  return {
    received: received.length,
    receivedOnline,
    onlineShare: share(receivedOnline, received.length),
    resolved,
    ...counts,
    onTimeRate: share(counts.early + counts.onTime, resolved),
    onlinePayments: paidOnline.length,
    onlinePaymentAmount: paidOnline.reduce((sum, d) => sum + d.paidOnline, 0),
    feeBearing: feeBearing.length,
    paidOnlineShare: share(paidOnline.filter((d) => d.feeAmount > 0).length, feeBearing.length),
  }
}
