// What a citizen (or the public lookup) sees of a dossier: its state, dates, what they declared, the documents
// meant for them and the public timeline; never staff notes, drafts or internal steps.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { questionsOf } from '../domain/catalogue/questionnaire.ts'
import { declarationOf, readDeclaration, type DeclaredAnswer } from '../domain/dossier/declaration.ts'
import { applicantPurposes } from '../domain/dossier/documents.ts'
import { INTERNAL_EVENTS } from '../domain/dossier/events.ts'
import { draftData } from './dossier.server.ts'

/** Timeline events the applicant may see. */
export const PUBLIC_EVENTS = { action: { notIn: [...INTERNAL_EVENTS] } }

/** What the applicant declared: the frozen declaration, or for older dossiers their answers to today's questions. */
export function declaredAnswers(dossier: { declaration: unknown; formData: unknown; procedure: { formSchema: unknown } }): DeclaredAnswer[] {
  return readDeclaration(dossier.declaration) ?? declarationOf(questionsOf(dossier.procedure.formSchema), draftData(dossier.formData).answers ?? {})
}

export async function getOwnDossier(prisma: PrismaClient, dossierId: string, userId: string) {
  const dossier = await prisma.dossier.findFirst({
    where: { id: dossierId, applicantId: userId, status: { not: 'DRAFT' } },
    select: {
      id: true,
      code: true,
      status: true,
      version: true,
      channel: true,
      submittedAt: true,
      receivedAt: true,
      dueAt: true,
      appointmentAt: true,
      returnedAt: true,
      feeAmount: true,
      declaration: true,
      formData: true,
      resultDelivery: true,
      applicantId: true,
      supportPointId: true,
      assistedPersonId: true,
      procedure: { select: { code: true, name: true, formSchema: true } },
      agency: { select: { name: true } },
      supportPoint: { select: { name: true } },
      filedBy: { select: { fullName: true } },
      documents: { include: { file: { select: { fileName: true, size: true } }, requiredDocument: { select: { name: true } } }, orderBy: { createdAt: 'asc' } },
      events: { where: PUBLIC_EVENTS, orderBy: { at: 'asc' }, select: { id: true, at: true, action: true, toStatus: true, note: true, data: true, formCode: true } },
      rating: true,
    },
  })
  if (!dossier) return null
  const visible = new Set<string>(applicantPurposes(dossier.status))
  const { declaration: _d, formData: _f, procedure, ...rest } = dossier
  return {
    ...rest,
    procedure: { code: procedure.code, name: procedure.name },
    declaration: declaredAnswers(dossier),
    documents: dossier.documents.filter((d) => visible.has(d.purpose)),
  }
}
export type OwnDossier = NonNullable<Awaited<ReturnType<typeof getOwnDossier>>>

/** Public lookup: the code plus the applicant's phone or CCCD, so a code alone reveals nothing. */
export async function lookUpDossier(prisma: PrismaClient, code: string, secret: string) {
  const dossier = await prisma.dossier.findUnique({
    where: { code },
    select: {
      code: true,
      status: true,
      submittedAt: true,
      receivedAt: true,
      dueAt: true,
      appointmentAt: true,
      returnedAt: true,
      applicantPhone: true,
      applicantNationalId: true,
      applicantId: true,
      procedure: { select: { name: true } },
      agency: { select: { name: true } },
      events: { where: PUBLIC_EVENTS, orderBy: { at: 'asc' }, select: { at: true, action: true, toStatus: true } },
    },
  })
  if (!dossier || (dossier.applicantPhone !== secret && dossier.applicantNationalId !== secret)) return null
  const { applicantPhone: _phone, applicantNationalId: _id, applicantId, ...visible } = dossier
  return { ...visible, claimed: applicantId !== null }
}

export interface SupplementRequest {
  items: string[]
  reason: string | null
  answerBy: string | null
  at: string | Date
}

/** The supplement request the applicant has to answer now: what is missing, why, and by when. */
export function openSupplementRequest(dossier: Pick<OwnDossier, 'status' | 'events'>): SupplementRequest | null {
  if (dossier.status !== 'SUPPLEMENT_REQUESTED') return null
  const request = [...dossier.events].reverse().find((e) => e.action === 'requestSupplement')
  if (!request) return null
  const data = (request.data ?? {}) as { items?: string[]; answerBy?: string }
  return { items: (data.items ?? []).filter(Boolean), reason: request.note, answerBy: data.answerBy ?? null, at: request.at }
}
