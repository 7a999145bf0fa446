// The dossier's life (docs/domain.md §3) in one place: which action moves which state, who may take it, what it must
// carry (a reason, the missing items, a file, a date), which form it issues, and the change it makes to the
// dossier and its legal clock. Pure: the database layer loads the dossier, asks `check` and `decide`, and writes
// exactly what they return in one transaction with the timeline event.
import type { Role } from '../auth/roles.ts'
import type { TimeLimitUnit, WorkingCalendar } from '../calendar/working-time.ts'
import type { DocumentPurpose } from './documents.ts'
import type { EventData } from './event-data.ts'
import { UNDECIDED_STATUSES, type DossierStatus } from './status.ts'

export type Action =
  | 'submit'
  | 'receive'
  | 'refuse'
  | 'requestSupplement'
  | 'answerSupplement'
  | 'assign'
  | 'submitForApproval'
  | 'sendBack'
  | 'approve'
  | 'reject'
  | 'confirmPayment'
  | 'returnResult'
  | 'withdraw'
  | 'stop'
  | 'apologise'
  | 'note'

/** Forms of Circular 03/2025/TT-VPCP (numbering to verify): 01 receipt … 07 tracking log. */
export type FormCode = '01' | '02' | '03' | '04' | '05' | '06' | '07'

/**
 * Who may act: a staff role, the dossier's APPLICANT (its owner, or the support point that filed it for the
 * person), its ASSIGNEE (the specialist handling it) or the SYSTEM (the payment gateway's notification).
 */
export type Actor = Role | 'APPLICANT' | 'ASSIGNEE' | 'SYSTEM'

export interface Rule {
  from: readonly DossierStatus[]
  /** Where it goes; null = decided by `decide` (an answer returns to where it was, approval may await payment). */
  to: DossierStatus | null
  actors: readonly Actor[]
  /** Must (true) or must not (false) wait for the approver's decision. */
  awaitingApproval?: boolean
  reason?: 'required'
  items?: 'required'
  /** Files the action carries, and where they go. */
  files?: { purpose: DocumentPurpose; required?: true }
  /** A date the action sets: the new appointment of an apology, the date to answer a supplement request by. */
  date?: 'required' | 'optional'
  form?: FormCode
}

const STAFF: readonly Actor[] = ['CLERK', 'SPECIALIST', 'APPROVER']
const FILED: DossierStatus[] = ['SUBMITTED', 'RECEIVED', 'NOT_ACCEPTED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT', 'RESOLVED', 'RESULT_RETURNED', 'WITHDRAWN', 'STOPPED']

export const RULES: Record<Action, Rule> = {
  submit: { from: ['DRAFT'], to: 'SUBMITTED', actors: ['APPLICANT'] },
  receive: { from: ['SUBMITTED'], to: 'RECEIVED', actors: ['CLERK'], form: '01' },
  refuse: { from: ['SUBMITTED'], to: 'NOT_ACCEPTED', actors: ['CLERK'], reason: 'required', form: '03' },
  requestSupplement: {
    from: ['SUBMITTED', 'RECEIVED', 'IN_PROGRESS'],
    to: 'SUPPLEMENT_REQUESTED',
    actors: ['CLERK', 'ASSIGNEE'],
    reason: 'required',
    items: 'required',
    date: 'optional',
    form: '02',
  },
  answerSupplement: { from: ['SUPPLEMENT_REQUESTED'], to: null, actors: ['APPLICANT', 'CLERK'], files: { purpose: 'SUPPLEMENT' } },
  assign: { from: ['RECEIVED', 'IN_PROGRESS'], to: 'IN_PROGRESS', actors: ['CLERK', 'APPROVER'], form: '06' },
  submitForApproval: { from: ['IN_PROGRESS'], to: 'IN_PROGRESS', actors: ['ASSIGNEE', 'APPROVER'], awaitingApproval: false, files: { purpose: 'RESULT_DRAFT', required: true } },
  sendBack: { from: ['IN_PROGRESS'], to: 'IN_PROGRESS', actors: ['APPROVER'], awaitingApproval: true, reason: 'required' },
  approve: { from: ['IN_PROGRESS'], to: null, actors: ['APPROVER'], awaitingApproval: true },
  reject: { from: ['IN_PROGRESS'], to: 'RESOLVED', actors: ['APPROVER'], reason: 'required', awaitingApproval: true },
  // The gateway's word (SYSTEM) or the clerk taking cash at the desk.
  confirmPayment: { from: ['AWAITING_PAYMENT'], to: 'RESOLVED', actors: ['SYSTEM', 'CLERK'] },
  returnResult: { from: ['RESOLVED'], to: 'RESULT_RETURNED', actors: ['CLERK'] },
  withdraw: { from: UNDECIDED_STATUSES, to: 'WITHDRAWN', actors: ['APPLICANT'], reason: 'required' },
  stop: { from: ['RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED'], to: 'STOPPED', actors: ['APPROVER'], reason: 'required', form: '05' },
  apologise: { from: ['RECEIVED', 'IN_PROGRESS', 'AWAITING_PAYMENT', 'RESOLVED'], to: null, actors: STAFF, reason: 'required', date: 'required', form: '04' },
  note: { from: FILED, to: null, actors: STAFF, reason: 'required', files: { purpose: 'INTERNAL' } },
}

/** What the rules need to know about the dossier. */
export interface DossierState {
  status: DossierStatus
  awaitingApproval: boolean
  assigneeId: string | null
  channel: 'ONLINE' | 'COUNTER' | 'SUPPORT_POINT'
  /** The legal due date. */
  dueAt: Date | null
  receivedAt: Date | null
  outcome: string | null
  /** A fee paid online before an online dossier is received (AT_SUBMISSION) and not yet paid. */
  feeUnpaidAtSubmission: boolean
  /** The applicant claims a fee exemption or reduction the clerk has not decided yet. */
  feeCaseUndecided: boolean
  /** The draft result last submitted for approval, and the approved result. */
  draftResult: AttachedFile | null
  approvedResult: AttachedFile | null
}

export interface AttachedFile {
  documentId: string
  fileId: string
  sha256: string
}

export interface Attempt {
  action: Action
  actor: { role: Role | 'SYSTEM'; id: string | null; isApplicant: boolean }
  reason?: string
  items?: string[]
  /** How many files come with it (checked and stored only once the attempt passes). */
  files?: number
  date?: Date
  assigneeId?: string
  now: Date
}

export type Refusal =
  | 'wrongState'
  | 'notAllowed'
  | 'reasonRequired'
  | 'itemsRequired'
  | 'answerRequired'
  | 'draftRequired'
  | 'assigneeRequired'
  | 'notOverdue'
  | 'dateRequired'
  | 'unpaid'
  | 'feeCaseUndecided'
  | 'resultMissing'

function mayAct(rule: Rule, state: DossierState, actor: Attempt['actor']): boolean {
  if (actor.role === 'SYSTEM') return rule.actors.includes('SYSTEM')
  if (rule.actors.includes(actor.role)) return true
  if (actor.isApplicant && rule.actors.includes('APPLICANT')) return true
  return actor.role === 'SPECIALIST' && rule.actors.includes('ASSIGNEE') && actor.id !== null && state.assigneeId === actor.id
}

/** Why an attempt is refused, or null: permission and state first, then what it must carry. */
export function check(state: DossierState, attempt: Attempt): Refusal | null {
  const rule = RULES[attempt.action]
  if (!rule.from.includes(state.status)) return 'wrongState'
  if (rule.awaitingApproval !== undefined && rule.awaitingApproval !== state.awaitingApproval) return 'wrongState'
  if (!mayAct(rule, state, attempt.actor)) return 'notAllowed'
  if (rule.reason === 'required' && !attempt.reason?.trim()) return 'reasonRequired'
  if (rule.items === 'required' && !attempt.items?.some((item) => item.trim())) return 'itemsRequired'
  if (rule.files?.required && !attempt.files) return 'draftRequired'
  switch (attempt.action) {
    case 'receive':
      if (state.feeCaseUndecided) return 'feeCaseUndecided'
      return state.feeUnpaidAtSubmission ? 'unpaid' : null
    case 'answerSupplement':
      return attempt.files || attempt.reason?.trim() ? null : 'answerRequired'
    case 'assign':
      return attempt.assigneeId ? null : 'assigneeRequired'
    case 'returnResult':
      return state.outcome === 'APPROVED' && !state.approvedResult ? 'resultMissing' : null
    case 'apologise':
      // An apology is for a dossier past its legal due date, with a new appointment still ahead.
      if (!state.dueAt || state.dueAt >= attempt.now) return 'notOverdue'
      return attempt.date && attempt.date > attempt.now ? null : 'dateRequired'
    case 'requestSupplement':
      return attempt.date && attempt.date <= attempt.now ? 'dateRequired' : null
    default:
      return null
  }
}

/** Actions the actor could take now, for showing only the buttons that can work. */
export function availableActions(state: DossierState, actor: Attempt['actor'], now = new Date()): Action[] {
  const later = new Date(now.getTime() + 86_400_000)
  return (Object.keys(RULES) as Action[]).filter(
    (action) =>
      check(state, { action, actor, now, reason: 'x', items: ['x'], files: 1, date: later, assigneeId: 'x' }) === null ||
      // Available even when what it must carry is not given yet (the form asks for it).
      (action === 'returnResult' && check(state, { action, actor, now }) === null),
  )
}

/** Refusals that mean "not yet": the action is the actor's to take once the fee is paid (or its exemption decided) or the result approved. */
const NOT_YET: readonly Refusal[] = ['unpaid', 'feeCaseUndecided', 'resultMissing']

/** Actions the actor will be able to take once something else happens, with what it waits for. */
export function waitingActions(state: DossierState, actor: Attempt['actor'], now = new Date()): Partial<Record<Action, Refusal>> {
  const waiting: Partial<Record<Action, Refusal>> = {}
  for (const action of ['receive', 'returnResult'] as const) {
    const refusal = check(state, { action, actor, now })
    if (refusal && NOT_YET.includes(refusal)) waiting[action] = refusal
  }
  return waiting
}

/** The clock's inputs for actions that move it. */
export interface Clock {
  calendar: WorkingCalendar
  timeLimit: number
  timeLimitUnit: TimeLimitUnit
  /** The open supplement request, for an answer. */
  pause?: { at: Date; fromStatus: DossierStatus | null; remainingMinutes: number | null } | null
  /** The fee is paid before the result (approval then awaits payment). */
  feeBeforeResult: boolean
}

/** Fields of the dossier an action sets; counters as increments. */
export interface DossierChange {
  status?: DossierStatus
  receivedAt?: Date
  dueAt?: Date
  appointmentAt?: Date
  resolvedAt?: Date
  returnedAt?: Date
  approvalRequestedAt?: Date | null
  outcome?: 'APPROVED' | 'REFUSED'
  assigneeId?: string
  supplementRequests?: 1
  pausedMinutes?: number
}

export interface Decision {
  to: DossierStatus
  change: DossierChange
  /** What the timeline event records besides actor, note and form. */
  eventData: EventData
  form: FormCode | null
  /** Where the attempt's files go. */
  filePurpose: DocumentPurpose | null
  /** An existing file that becomes a document of another purpose (the approved draft becomes the result, signed by the model). */
  promote?: { fileId: string; purpose: DocumentPurpose }
}

/** The change an allowed attempt makes. Call `check` first: `decide` assumes the attempt passed. */
export function decide(state: DossierState, attempt: Attempt, clock: Clock): Decision {
  const rule = RULES[attempt.action]
  const { now } = attempt
  const base = { form: rule.form ?? null, filePurpose: rule.files?.purpose ?? null }
  const stay = state.status
  switch (attempt.action) {
    case 'receive': {
      const dueAt = clock.calendar.dueDate(now, clock.timeLimit, clock.timeLimitUnit)
      return { ...base, to: 'RECEIVED', change: { status: 'RECEIVED', receivedAt: now, dueAt }, eventData: { dueAt } }
    }
    case 'requestSupplement': {
      // The clock stops: what is left is kept and resumes from the applicant's answer.
      const remainingMinutes = state.receivedAt && state.dueAt ? clock.calendar.remainingMinutes(now, state.dueAt) : null
      const items = (attempt.items ?? []).map((i) => i.trim()).filter(Boolean)
      return {
        ...base,
        to: 'SUPPLEMENT_REQUESTED',
        change: { status: 'SUPPLEMENT_REQUESTED', supplementRequests: 1 },
        eventData: { items, remainingMinutes, ...(attempt.date && { answerBy: attempt.date }) },
      }
    }
    case 'answerSupplement': {
      const back = clock.pause?.fromStatus ?? 'SUBMITTED'
      const paused = clock.pause ? clock.calendar.workingMinutesBetween(clock.pause.at, now) : 0
      const remaining = clock.pause?.remainingMinutes
      const dueAt = remaining != null ? clock.calendar.addWorkingMinutes(now, remaining) : undefined
      return { ...base, to: back, change: { status: back, pausedMinutes: paused, ...(dueAt && { dueAt }) }, eventData: { pausedMinutes: paused, ...(dueAt && { dueAt }) } }
    }
    case 'assign':
      return { ...base, to: 'IN_PROGRESS', change: { status: 'IN_PROGRESS', assigneeId: attempt.assigneeId! }, eventData: { assigneeId: attempt.assigneeId } }
    case 'submitForApproval':
      return { ...base, to: stay, change: { approvalRequestedAt: now }, eventData: {} }
    case 'sendBack':
      return { ...base, to: stay, change: { approvalRequestedAt: null }, eventData: state.draftResult ? { documentId: state.draftResult.documentId, sha256: state.draftResult.sha256 } : {} }
    case 'approve': {
      const to: DossierStatus = clock.feeBeforeResult ? 'AWAITING_PAYMENT' : 'RESOLVED'
      const draft = state.draftResult!
      return {
        ...base,
        to,
        change: { status: to, approvalRequestedAt: null, outcome: 'APPROVED', ...(to === 'RESOLVED' && { resolvedAt: now }) },
        // The model adds the signed result's hash (`sha256`) beside the approved draft's.
        eventData: { outcome: 'APPROVED', draftFileId: draft.fileId, draftSha256: draft.sha256 },
        promote: { fileId: draft.fileId, purpose: 'RESULT' },
      }
    }
    case 'reject':
      return { ...base, to: 'RESOLVED', change: { status: 'RESOLVED', resolvedAt: now, approvalRequestedAt: null, outcome: 'REFUSED' }, eventData: { outcome: 'REFUSED' } }
    case 'confirmPayment':
      return { ...base, to: 'RESOLVED', change: { status: 'RESOLVED', resolvedAt: now }, eventData: {} }
    case 'returnResult': {
      const result = state.approvedResult
      return { ...base, to: 'RESULT_RETURNED', change: { status: 'RESULT_RETURNED', returnedAt: now }, eventData: result ? { documentId: result.documentId, sha256: result.sha256 } : {} }
    }
    case 'apologise':
      // The legal due date stays: the dossier remains late in every figure; the new appointment is its own field.
      return { ...base, to: stay, change: { appointmentAt: attempt.date! }, eventData: { dueAt: state.dueAt, appointmentAt: attempt.date } }
    case 'note':
      return { ...base, to: stay, change: {}, eventData: {} }
    default:
      return { ...base, to: rule.to!, change: { status: rule.to! }, eventData: {} }
  }
}

/** How the timeline labels the text an event carries: a reason, the applicant's note, the proposal, a note. */
export function noteKind(action: string): 'reason' | 'applicantNote' | 'proposal' | 'note' {
  if (action === 'answerSupplement') return 'applicantNote'
  if (action === 'submitForApproval') return 'proposal'
  if (action === 'note') return 'note'
  return 'reason'
}
