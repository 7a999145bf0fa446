// The dossier's life (DESIGN.md §3) as data: which action moves which state, who may take it, what it must
// carry (a reason, a list of missing items, a file) and which form it issues. The database layer applies a
// decision in one transaction with its timeline event; nothing here touches the database.
import type { Role } from '../auth/roles.ts'
import type { DossierStatus } from './status.ts'

export type Action =
  | 'submit'
  | 'receive'
  | 'refuse'
  | 'requestSupplement'
  | 'answerSupplement'
  | 'assign'
  | 'submitForApproval'
  | 'approve'
  | 'reject'
  | 'confirmPayment'
  | 'returnResult'
  | 'withdraw'
  | 'stop'
  | 'apologise'

/** Forms of Circular 03/2025/TT-VPCP (numbering to verify): 01 receipt … 07 tracking log. */
export type FormCode = '01' | '02' | '03' | '04' | '05' | '06' | '07'

export interface TransitionRule {
  from: readonly DossierStatus[]
  /** Where it goes; `null` = decided at run time (answerSupplement returns to where it was; approve may await payment). */
  to: DossierStatus | null
  /** Roles that may take the action; 'APPLICANT' is the dossier's own applicant (or staff filing for them). */
  actors: readonly (Role | 'APPLICANT' | 'SYSTEM')[]
  reason?: 'required'
  items?: 'required'
  form?: FormCode
  /** For IN_PROGRESS: whether the specialist's proposal must (true) or must not (false) await approval. */
  awaitingApproval?: boolean
}

const OPEN_FOR_APPLICANT: DossierStatus[] = ['SUBMITTED', 'RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED']

export const TRANSITIONS: Record<Action, TransitionRule> = {
  submit: { from: ['DRAFT'], to: 'SUBMITTED', actors: ['APPLICANT', 'SUPPORT_STAFF'] },
  receive: { from: ['SUBMITTED'], to: 'RECEIVED', actors: ['CLERK'], form: '01' },
  refuse: { from: ['SUBMITTED'], to: 'NOT_ACCEPTED', actors: ['CLERK'], reason: 'required', form: '03' },
  requestSupplement: {
    from: ['SUBMITTED', 'RECEIVED', 'IN_PROGRESS'],
    to: 'SUPPLEMENT_REQUESTED',
    actors: ['CLERK', 'SPECIALIST'],
    reason: 'required',
    items: 'required',
    form: '02',
  },
  answerSupplement: { from: ['SUPPLEMENT_REQUESTED'], to: null, actors: ['APPLICANT', 'SUPPORT_STAFF', 'CLERK'] },
  assign: { from: ['RECEIVED', 'IN_PROGRESS'], to: 'IN_PROGRESS', actors: ['CLERK', 'APPROVER'], form: '06' },
  submitForApproval: { from: ['IN_PROGRESS'], to: 'IN_PROGRESS', actors: ['SPECIALIST'], awaitingApproval: false },
  approve: { from: ['IN_PROGRESS'], to: null, actors: ['APPROVER'], awaitingApproval: true },
  reject: { from: ['IN_PROGRESS'], to: 'RESOLVED', actors: ['APPROVER'], reason: 'required', awaitingApproval: true },
  confirmPayment: { from: ['AWAITING_PAYMENT'], to: 'RESOLVED', actors: ['SYSTEM'] },
  returnResult: { from: ['RESOLVED'], to: 'RESULT_RETURNED', actors: ['CLERK'] },
  withdraw: { from: OPEN_FOR_APPLICANT, to: 'WITHDRAWN', actors: ['APPLICANT'], reason: 'required' },
  stop: { from: ['RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED'], to: 'STOPPED', actors: ['APPROVER'], reason: 'required', form: '05' },
  apologise: { from: ['RECEIVED', 'IN_PROGRESS', 'AWAITING_PAYMENT', 'RESOLVED'], to: null, actors: ['CLERK', 'SPECIALIST', 'APPROVER'], reason: 'required', form: '04' },
}

export interface Attempt {
  action: Action
  status: DossierStatus
  actor: Role | 'SYSTEM'
  isApplicant: boolean
  awaitingApproval?: boolean
  reason?: string
  items?: string[]
}

export type Refusal = 'wrongState' | 'notAllowed' | 'reasonRequired' | 'itemsRequired'

/** Checks an attempt against the rules; the message keys are under `errors.transition.*`. */
export function check(attempt: Attempt): Refusal | null {
  const rule = TRANSITIONS[attempt.action]
  if (!rule.from.includes(attempt.status)) return 'wrongState'
  if (rule.awaitingApproval !== undefined && rule.awaitingApproval !== Boolean(attempt.awaitingApproval)) return 'wrongState'
  const allowed =
    rule.actors.includes(attempt.actor) || (attempt.isApplicant && rule.actors.includes('APPLICANT'))
  if (!allowed) return 'notAllowed'
  if (rule.reason === 'required' && !attempt.reason?.trim()) return 'reasonRequired'
  if (rule.items === 'required' && !attempt.items?.some((item) => item.trim())) return 'itemsRequired'
  return null
}

/** Actions available to an actor now, for showing only the buttons that will work. */
export function availableActions(status: DossierStatus, actor: Role, isApplicant: boolean, awaitingApproval = false): Action[] {
  return (Object.keys(TRANSITIONS) as Action[]).filter(
    (action) => check({ action, status, actor, isApplicant, awaitingApproval, reason: 'x', items: ['x'] }) === null,
  )
}
