// The indicators provinces publish (docs/domain.md §6), defined once over plain dossier records, as the periodic
// report of administrative-procedure results counts them (ADR 014):
// - flows are counted on the day they happened: received (by channel) on the day received, early / on time /
//   late / refused on the day decided, withdrawn and stopped on the day they ended, a refusal at reception on
//   the day it was refused (never as received); payments, ratings and digitisation with the day received;
// - stocks are judged at an instant: carried over = still open when the period starts; in progress = still open
//   when it ends (or now, while it runs), in time or overdue as of that instant.
// The database keeps each dossier's `DossierFact` and sums them (models/statistics.server.ts); a test holds the
// sums to `headline` below.
import { localDay, type WorkingCalendar } from '../../domain/calendar/working-time.ts'
import { judgedAt, type Period } from './period.ts'

export type Channel = 'ONLINE' | 'COUNTER' | 'SUPPORT_POINT'

/** What the statistics read from a dossier. */
export interface DossierRecord {
  channel: Channel
  status: string
  submittedAt: Date | null
  receivedAt: Date | null
  /** The legal due date: moved only by supplement pauses, never by an apology's new appointment. */
  dueAt: Date | null
  /** When the decision was made (approved or refused on the merits). */
  resolvedAt: Date | null
  /** When it was withdrawn, stopped or refused at reception (its timeline event). */
  closedAt: Date | null
  /** APPROVED or REFUSED once decided on the merits. */
  outcome: string | null
  supplementCount: number
  /** Office minutes spent waiting for the applicant. */
  pausedMinutes: number
  /** While a supplement is awaited: since when. */
  pausedSince: Date | null
  feeAmount: number
  /** Paid through the online gateway (VND), 0 if not. */
  paidOnline: number
  /** The applicant's rating, 1–5, if given. */
  rating: number | null
  /** Kept electronically: documents filed online or scanned at the desk. */
  digitised: boolean
}

export type Verdict = 'early' | 'onTime' | 'late'

/** One dossier's contribution to the figures: the days its flows count on, and what its stock depends on. */
export interface DossierFact {
  channel: Channel
  /** yyyy-mm-dd in Vietnam; null when never received (or refused at reception). */
  receivedDay: string | null
  refusedAtReceiptDay: string | null
  decidedDay: string | null
  verdict: Verdict | null
  refused: boolean
  closedDay: string | null
  closure: 'withdrawn' | 'stopped' | null
  /** Office minutes from receipt to decision, supplement pauses excluded. */
  processingMinutes: number
  paidOnline: number
  feeBearing: boolean
  rated: boolean
  satisfied: boolean
  digitised: boolean
  receivedAt: Date | null
  /** When it stopped being open: decided, withdrawn or stopped. */
  finishedAt: Date | null
  dueAt: Date | null
  pausedSince: Date | null
}

/** A rating of 4 or 5 (of 5) counts as satisfied. */
export const SATISFIED_FROM = 4
const DECIDED = new Set(['RESOLVED', 'RESULT_RETURNED'])

/**
 * Late when decided after the due date, or when asked for a supplement more than once (Decision 766, 2.1);
 * early when decided on a day before the due day. The due date is the legal one (ADR 014).
 */
export function timeliness(d: Pick<DossierRecord, 'dueAt' | 'resolvedAt' | 'supplementCount'>): Verdict | null {
  if (!d.resolvedAt || !d.dueAt) return null
  if (d.supplementCount > 1 || d.resolvedAt > d.dueAt) return 'late'
  return localDay(d.resolvedAt) < localDay(d.dueAt) ? 'early' : 'onTime'
}

/** What a dossier contributes, or null when it counts nowhere (drafts, dossiers not yet received). */
export function factOf(d: DossierRecord, calendar: WorkingCalendar): DossierFact | null {
  const base = {
    channel: d.channel,
    receivedDay: null,
    refusedAtReceiptDay: null,
    decidedDay: null,
    verdict: null,
    refused: false,
    closedDay: null,
    closure: null,
    processingMinutes: 0,
    paidOnline: 0,
    feeBearing: false,
    rated: false,
    satisfied: false,
    digitised: false,
    receivedAt: null,
    finishedAt: null,
    dueAt: null,
    pausedSince: null,
  } satisfies DossierFact
  // Refused at reception: never received, whatever dates the record carries (docs/domain.md §3).
  if (d.status === 'NOT_ACCEPTED') {
    const at = d.closedAt ?? d.submittedAt ?? d.receivedAt
    return at ? { ...base, refusedAtReceiptDay: localDay(at) } : null
  }
  if (!d.receivedAt) return null
  const decided = DECIDED.has(d.status) && d.resolvedAt ? d.resolvedAt : null
  const closure = d.status === 'WITHDRAWN' ? 'withdrawn' : d.status === 'STOPPED' ? 'stopped' : null
  // A closed dossier without its event (an import, old data) is taken to have ended the day it was received.
  const closedAt = closure ? (d.closedAt ?? d.receivedAt) : null
  const verdict = decided ? timeliness(d) : null
  return {
    ...base,
    receivedDay: localDay(d.receivedAt),
    decidedDay: decided ? localDay(decided) : null,
    verdict,
    refused: Boolean(decided) && d.outcome === 'REFUSED',
    closedDay: closedAt ? localDay(closedAt) : null,
    closure,
    processingMinutes: decided ? Math.max(0, calendar.workingMinutesBetween(d.receivedAt, decided) - d.pausedMinutes) : 0,
    paidOnline: d.paidOnline,
    feeBearing: d.feeAmount > 0,
    rated: d.rating !== null,
    satisfied: d.rating !== null && d.rating >= SATISFIED_FROM,
    digitised: d.digitised,
    receivedAt: d.receivedAt,
    finishedAt: decided ?? closedAt,
    dueAt: d.dueAt,
    pausedSince: d.status === 'SUPPLEMENT_REQUESTED' ? (d.pausedSince ?? d.receivedAt) : null,
  }
}

/** Open at an instant, and if so whether overdue then: a paused clock (supplement awaited) is in time. */
export function stockAt(f: Pick<DossierFact, 'receivedAt' | 'finishedAt' | 'dueAt' | 'pausedSince'>, at: Date): 'inTime' | 'overdue' | null {
  if (!f.receivedAt || f.receivedAt >= at || (f.finishedAt && f.finishedAt < at)) return null
  const paused = f.pausedSince !== null && f.pausedSince <= at
  return !paused && f.dueAt !== null && f.dueAt < at ? 'overdue' : 'inTime'
}

/** What the figures are made of: plain sums, so days, months and agencies add up. */
export const FLOW_NAMES = [
  'received',
  'receivedOnline',
  'receivedCounter',
  'receivedSupportPoint',
  'refusedAtReceipt',
  'early',
  'onTime',
  'late',
  'refused',
  'withdrawn',
  'stopped',
  'onlinePayments',
  'onlinePaymentAmount',
  'feeBearing',
  'feePaidOnline',
  'rated',
  'satisfied',
  'processingMinutes',
  'digitised',
] as const
export const STOCK_NAMES = ['carriedOver', 'inProgressInTime', 'inProgressOverdue'] as const
export const COUNT_NAMES = [...FLOW_NAMES, ...STOCK_NAMES] as const
export type Counts = Record<(typeof COUNT_NAMES)[number], number>
export type Flows = Record<(typeof FLOW_NAMES)[number], number>

export const emptyCounts = (): Counts => Object.fromEntries(COUNT_NAMES.map((name) => [name, 0])) as Counts

const RECEIVED_BY: Record<Channel, 'receivedOnline' | 'receivedCounter' | 'receivedSupportPoint'> = {
  ONLINE: 'receivedOnline',
  COUNTER: 'receivedCounter',
  SUPPORT_POINT: 'receivedSupportPoint',
}

/** The flows of one fact that happened on days `inPeriod` accepts (yyyy-mm-dd). */
export function addFlows(counts: Flows, f: DossierFact, inPeriod: (day: string) => boolean, sign = 1) {
  if (f.refusedAtReceiptDay && inPeriod(f.refusedAtReceiptDay)) counts.refusedAtReceipt += sign
  if (f.receivedDay && inPeriod(f.receivedDay)) {
    counts.received += sign
    counts[RECEIVED_BY[f.channel]] += sign
    if (f.paidOnline > 0) {
      counts.onlinePayments += sign
      counts.onlinePaymentAmount += sign * f.paidOnline
    }
    if (f.feeBearing) {
      counts.feeBearing += sign
      if (f.paidOnline > 0) counts.feePaidOnline += sign
    }
    if (f.rated) counts.rated += sign
    if (f.satisfied) counts.satisfied += sign
    if (f.digitised) counts.digitised += sign
  }
  if (f.decidedDay && f.verdict && inPeriod(f.decidedDay)) {
    counts[f.verdict] += sign
    if (f.refused) counts.refused += sign
    counts.processingMinutes += sign * f.processingMinutes
  }
  if (f.closedDay && f.closure && inPeriod(f.closedDay)) counts[f.closure] += sign
}

export interface Headline extends Counts {
  /** Everything there was to handle: carried over plus newly received (the report's "số hồ sơ nhận giải quyết"). */
  handled: number
  resolved: number
  inProgress: number
  onlineShare: number | null
  /** On time or early, of the dossiers decided. */
  onTimeRate: number | null
  /** The other convention: early or on time, late and in progress, each of everything handled. */
  onTimeShareOfHandled: number | null
  lateShareOfHandled: number | null
  inProgressShareOfHandled: number | null
  paidOnlineShare: number | null
  satisfactionShare: number | null
  /** In working days, supplement pauses excluded. */
  averageProcessingDays: number | null
  digitisedShare: number | null
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole)

/** The published figures from the counts; shares are null when there is nothing to divide. */
export function fromCounts(c: Counts, minutesPerDay = 480): Headline {
  const resolved = c.early + c.onTime + c.late
  const inProgress = c.inProgressInTime + c.inProgressOverdue
  const handled = c.carriedOver + c.received
  return {
    ...c,
    handled,
    resolved,
    inProgress,
    onlineShare: share(c.receivedOnline, c.received),
    onTimeRate: share(c.early + c.onTime, resolved),
    onTimeShareOfHandled: share(c.early + c.onTime, handled),
    lateShareOfHandled: share(c.late, handled),
    inProgressShareOfHandled: share(inProgress, handled),
    paidOnlineShare: share(c.feePaidOnline, c.feeBearing),
    satisfactionShare: share(c.satisfied, c.rated),
    averageProcessingDays: resolved === 0 ? null : c.processingMinutes / minutesPerDay / resolved,
    digitisedShare: share(c.digitised, c.received),
  }
}

/** The counts of a period from dossier facts, as of `now` (the reference the database sums must equal). */
export function countsOf(facts: Iterable<DossierFact>, period: Pick<Period, 'firstDay' | 'lastDay' | 'from' | 'to'>, now = new Date()): Counts {
  const counts = emptyCounts()
  const asOf = judgedAt(period, now)
  const inPeriod = (day: string) => day >= period.firstDay && day <= period.lastDay
  for (const f of facts) {
    addFlows(counts, f, inPeriod)
    if (stockAt(f, period.from)) counts.carriedOver++
    const open = stockAt(f, asOf)
    if (open === 'inTime') counts.inProgressInTime++
    if (open === 'overdue') counts.inProgressOverdue++
  }
  return counts
}

/** The figures of a period straight from dossier records. */
export function headline(records: DossierRecord[], calendar: WorkingCalendar, period: Pick<Period, 'firstDay' | 'lastDay' | 'from' | 'to'>, now = new Date()): Headline {
  const facts = records.map((d) => factOf(d, calendar)).filter((f): f is DossierFact => f !== null)
  return fromCounts(countsOf(facts, period, now), calendar.minutesPerDay)
}
