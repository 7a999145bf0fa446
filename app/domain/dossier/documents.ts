// What each file attached to a dossier is for, and who sees it: the applicant sees what they filed and what they
// answered, and the result once it has been handed over; staff notes and drafts submitted for approval never.
import type { DossierStatus } from './status.ts'

/** FEE_PROOF: what proves a claimed fee exemption or reduction (models/fee-cases.server.ts). */
export const DOCUMENT_PURPOSES = ['APPLICATION', 'SUPPLEMENT', 'FEE_PROOF', 'INTERNAL', 'RESULT_DRAFT', 'RESULT'] as const
export type DocumentPurpose = (typeof DOCUMENT_PURPOSES)[number]

export function visibleToApplicant(purpose: string, status: DossierStatus): boolean {
  if (purpose === 'APPLICATION' || purpose === 'SUPPLEMENT' || purpose === 'FEE_PROOF') return true
  return purpose === 'RESULT' && status === 'RESULT_RETURNED'
}

/** The purposes the applicant may see in a state, for database filters. */
export function applicantPurposes(status: DossierStatus): DocumentPurpose[] {
  return DOCUMENT_PURPOSES.filter((purpose) => visibleToApplicant(purpose, status))
}
