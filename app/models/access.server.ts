// Whose dossiers a person may see and act on, as database filters: one place for every route and model.
import type { Prisma } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'

/**
 * A filer's dossiers: a citizen their own; support-point staff those their point filed for the people it helped
 * (never another point's). Anyone else none.
 */
export function filerScope(user: SessionUser): Prisma.DossierWhereInput {
  if (user.role === 'CITIZEN') return { applicantId: user.id }
  if (user.role === 'SUPPORT_STAFF' && user.supportPointId) return { supportPointId: user.supportPointId, assistedPersonId: { not: null } }
  return { id: '' }
}

/** Staff see the filed dossiers of their own agency only. */
export function staffScope(user: SessionUser): Prisma.DossierWhereInput {
  return { agencyId: user.agencyId ?? '', status: { not: 'DRAFT' } }
}

/** Whether the person acts as the dossier's applicant (its owner, or the support point that filed it). */
export function isFiler(user: SessionUser, dossier: { applicantId: string | null; supportPointId: string | null; assistedPersonId: string | null }): boolean {
  if (user.role === 'CITIZEN') return dossier.applicantId === user.id
  return user.role === 'SUPPORT_STAFF' && dossier.assistedPersonId !== null && dossier.supportPointId === user.supportPointId
}
