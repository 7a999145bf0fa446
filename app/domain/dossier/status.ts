// Dossier states of docs/domain.md §3 with the national portal's synchronisation codes, and the groups of states
// every part of the portal uses (the queue, the applicant's actions, fees, statistics): defined once here.
export const DOSSIER_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'RECEIVED',
  'NOT_ACCEPTED',
  'IN_PROGRESS',
  'SUPPLEMENT_REQUESTED',
  'AWAITING_PAYMENT',
  'RESOLVED',
  'RESULT_RETURNED',
  'WITHDRAWN',
  'STOPPED',
] as const
export type DossierStatus = (typeof DOSSIER_STATUSES)[number]

/** Codes the national portal expects when dossiers are synchronised (DRAFT is never sent). */
export const NATIONAL_SYNC_CODE: Record<Exclude<DossierStatus, 'DRAFT'>, number> = {
  SUBMITTED: 1,
  RECEIVED: 2,
  NOT_ACCEPTED: 3,
  IN_PROGRESS: 4,
  SUPPLEMENT_REQUESTED: 5,
  AWAITING_PAYMENT: 6,
  WITHDRAWN: 7,
  STOPPED: 8,
  RESOLVED: 9,
  RESULT_RETURNED: 10,
}

/** Not decided yet: the applicant may still withdraw, and a fee due at submission is still owed. */
export const UNDECIDED_STATUSES = ['SUBMITTED', 'RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED'] as const satisfies readonly DossierStatus[]

/** States a desk still has work on (a decided dossier waits for payment or for its result to be handed over). */
export const OPEN_STATUSES = [...UNDECIDED_STATUSES, 'AWAITING_PAYMENT', 'RESOLVED'] as const satisfies readonly DossierStatus[]

/** Finished for good: the back office's archive. */
export const FINISHED_STATUSES = ['RESULT_RETURNED', 'NOT_ACCEPTED', 'WITHDRAWN', 'STOPPED'] as const satisfies readonly DossierStatus[]

/** Every state a filed dossier can be in (what the back office can list). */
export const FILED_STATUSES = [...OPEN_STATUSES, ...FINISHED_STATUSES] as const

export function isOneOf<S extends string>(status: string, group: readonly S[]): status is S {
  return (group as readonly string[]).includes(status)
}
