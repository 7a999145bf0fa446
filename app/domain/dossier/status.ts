// Dossier states of DESIGN.md §3 with the national portal's synchronisation codes.
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

/** States a clerk still has work on: the queue shows these. */
export const OPEN_STATUSES = ['SUBMITTED', 'RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'AWAITING_PAYMENT', 'RESOLVED'] as const
