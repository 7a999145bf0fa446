// The indicators provinces publish (DESIGN.md §6), defined once over plain dossier records. The database
// computes the same counts (models/statistics.server.ts) and turns them into figures with `fromCounts`; a test
// holds the two together.
import { localDay } from '../calendar/working-time.ts'

export interface DossierFacts {
  channel: 'ONLINE' | 'COUNTER' | 'SUPPORT_POINT'
  status: string
  receivedAt: Date | null
  dueAt: Date | null
  /** When the decision was made (approved or refused on the merits). */
  resolvedAt: Date | null
  /** APPROVED or REFUSED once decided on the merits. */
  outcome: string | null
  supplementCount: number
  feeAmount: number
  /** Paid through the online gateway (VND), 0 if not. */
  paidOnline: number
  /** The applicant's rating, 1–5, if given. */
  rating: number | null
  /** Kept electronically: documents filed online or scanned at the desk. */
  digitised: boolean
}

/** What the figures are made of: plain sums, so rollups of days and agencies add up. */
export interface Counts {
  received: number
  receivedOnline: number
  early: number
  onTime: number
  late: number
  inProgressInTime: number
  inProgressOverdue: number
  withdrawn: number
  stopped: number
  refused: number
  onlinePayments: number
  onlinePaymentAmount: number
  feeBearing: number
  feePaidOnline: number
  rated: number
  satisfied: number
  /** Whole minutes from receipt to decision, summed over the decided dossiers (integers add up exactly). */
  processingMinutes: number
  digitised: number
}

export const COUNT_NAMES = [
  'received', 'receivedOnline', 'early', 'onTime', 'late', 'inProgressInTime', 'inProgressOverdue', 'withdrawn', 'stopped', 'refused',
  'onlinePayments', 'onlinePaymentAmount', 'feeBearing', 'feePaidOnline', 'rated', 'satisfied', 'processingMinutes', 'digitised',
] as const satisfies readonly (keyof Counts)[]

export interface Headline extends Counts {
  onlineShare: number | null
  resolved: number
  onTimeRate: number | null
  inProgress: number
  paidOnlineShare: number | null
  satisfactionShare: number | null
  averageProcessingDays: number | null
  digitisedShare: number | null
}

/** A rating of 4 or 5 (of 5) counts as satisfied. */
export const SATISFIED_FROM = 4
const OPEN = new Set(['RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED'])

/** Late when decided after the due date, or when asked for a supplement more than once (Decision 766, 2.1). */
export function timeliness(d: Pick<DossierFacts, 'dueAt' | 'resolvedAt' | 'supplementCount'>): 'early' | 'onTime' | 'late' | null {
  if (!d.resolvedAt || !d.dueAt) return null
  if (d.supplementCount > 1 || d.resolvedAt > d.dueAt) return 'late'
  return localDay(d.resolvedAt) < localDay(d.dueAt) ? 'early' : 'onTime'
}

/**
 * Undecided and still being worked on: overdue once the due date has passed, except while the clock is paused
 * for a supplement (the due date moves on when the applicant answers).
 */
export function progress(d: Pick<DossierFacts, 'status' | 'dueAt' | 'resolvedAt'>, now: Date): 'inProgressInTime' | 'inProgressOverdue' | null {
  if (d.resolvedAt || !OPEN.has(d.status)) return null
  return d.status !== 'SUPPLEMENT_REQUESTED' && d.dueAt && d.dueAt < now ? 'inProgressOverdue' : 'inProgressInTime'
}

export const emptyCounts = (): Counts => Object.fromEntries(COUNT_NAMES.map((name) => [name, 0])) as unknown as Counts

/** One received dossier's contribution to the counts. */
function add(counts: Counts, d: DossierFacts, now: Date) {
  counts.received++
  if (d.channel === 'ONLINE') counts.receivedOnline++
  const verdict = timeliness(d)
  if (verdict) {
    counts[verdict]++
    counts.processingMinutes += Math.round((d.resolvedAt!.getTime() - d.receivedAt!.getTime()) / 60_000)
  }
  const open = progress(d, now)
  if (open) counts[open]++
  if (d.status === 'WITHDRAWN') counts.withdrawn++
  if (d.status === 'STOPPED') counts.stopped++
  if (d.outcome === 'REFUSED') counts.refused++
  if (d.paidOnline > 0) {
    counts.onlinePayments++
    counts.onlinePaymentAmount += d.paidOnline
  }
  if (d.feeAmount > 0) {
    counts.feeBearing++
    if (d.paidOnline > 0) counts.feePaidOnline++
  }
  if (d.rating !== null) {
    counts.rated++
    if (d.rating >= SATISFIED_FROM) counts.satisfied++
  }
  if (d.digitised) counts.digitised++
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole)

/** The published figures from the counts; shares are null when there is nothing to divide. */
export function fromCounts(c: Counts): Headline {
  const resolved = c.early + c.onTime + c.late
  return {
    ...c,
    onlineShare: share(c.receivedOnline, c.received),
    resolved,
    onTimeRate: share(c.early + c.onTime, resolved),
    inProgress: c.inProgressInTime + c.inProgressOverdue,
    paidOnlineShare: share(c.feePaidOnline, c.feeBearing),
    satisfactionShare: share(c.satisfied, c.rated),
    averageProcessingDays: resolved === 0 ? null : c.processingMinutes / 1440 / resolved,
    digitisedShare: share(c.digitised, c.received),
  }
}

/** Dossiers received in [from, to): their figures as of `now`. */
export function headline(dossiers: DossierFacts[], from: Date, to: Date, now = new Date()): Headline {
  const counts = emptyCounts()
  for (const d of dossiers) if (d.receivedAt && d.receivedAt >= from && d.receivedAt < to) add(counts, d, now)
  return fromCounts(counts)
}
