// A paper dossier taken at the counter: the clerk enters what the applicant declared, ticks the procedure's
// documents received on paper and scans them, and the dossier is received at once (channel COUNTER), so the
// statistics count every dossier and "digitised" is true per document.
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { foldVietnamese } from '../domain/catalogue/search-text.ts'
import { questionsOf } from '../domain/catalogue/questionnaire.ts'
import { dossierCode, codeDay } from '../domain/dossier/code.ts'
import { declarationOf } from '../domain/dossier/declaration.ts'
import { workingCalendar } from './calendar.server.ts'
import { recordEvents } from './dossier-events.server.ts'
import { notifyApplicant } from './dossier-notifications.server.ts'
import { feeTotal, nextCounter } from './dossier.server.ts'
import { storeFiles, type CheckedUpload } from './files.server.ts'

/** A procedure the clerk's agency handles, with its questions and document checklist. */
export function intakeProcedure(prisma: PrismaClient, clerk: SessionUser, code: string) {
  return prisma.procedure.findFirst({
    where: { code, published: true, agencies: { some: { agencyId: clerk.agencyId ?? '' } } },
    include: { fees: true, documents: { orderBy: { position: 'asc' } } },
  })
}
export type IntakeProcedure = NonNullable<Awaited<ReturnType<typeof intakeProcedure>>>

export interface CounterIntake {
  applicantName: string
  applicantNationalId: string
  applicantPhone: string
  applicantAddress: string
  answers: Record<string, string>
  /** Documents received on paper, each with its scan when one was made. */
  documents: { requiredDocumentId: string; scan: CheckedUpload | null }[]
  delivery: 'DESK' | 'POST' | 'ONLINE'
  deliveryAddress?: string
}

export async function intakeAtCounter(prisma: PrismaClient, clerk: SessionUser, procedure: IntakeProcedure, input: CounterIntake) {
  const agency = await prisma.agency.findUniqueOrThrow({ where: { id: clerk.agencyId! }, select: { id: true, code: true } })
  // Only an account whose CCCD the national e-ID vouched for gets the dossier at once; anyone else who typed this
  // CCCD claims it with a code sent to the phone given here (models/dossier-claims.server.ts).
  const account = await prisma.user.findFirst({ where: { nationalId: input.applicantNationalId, identityLevel: 'VERIFIED', role: 'CITIZEN' }, select: { id: true } })
  const calendar = await workingCalendar(prisma)
  const now = new Date()
  const dueAt = calendar.dueDate(now, procedure.timeLimit, procedure.timeLimitUnit)
  const scanned = input.documents.filter((d) => d.scan)
  const created = await storeFiles(
    prisma,
    clerk.id,
    scanned.map((d) => d.scan!),
    async (tx, fileIds) => {
      const code = dossierCode(agency.code, now, await nextCounter(tx, agency.id, codeDay(now)))
      const dossier = await tx.dossier.create({
        data: {
          code,
          procedureId: procedure.id,
          agencyId: agency.id,
          deskId: clerk.deskId,
          channel: 'COUNTER',
          onlineLevel: procedure.onlineLevel,
          filedById: clerk.id,
          applicantId: account?.id,
          applicantName: input.applicantName,
          applicantSearch: foldVietnamese(input.applicantName),
          applicantNationalId: input.applicantNationalId,
          applicantPhone: input.applicantPhone,
          applicantAddress: input.applicantAddress,
          declaration: declarationOf(questionsOf(procedure.formSchema), input.answers) as unknown as Prisma.InputJsonValue,
          resultDelivery: input.delivery,
          deliveryAddress: input.delivery === 'POST' ? input.deliveryAddress : null,
          status: 'RECEIVED',
          submittedAt: now,
          receivedAt: now,
          dueAt,
          feeAmount: feeTotal(procedure.fees),
          digitised: input.documents.length > 0 && scanned.length === input.documents.length,
          documents: { create: scanned.map((d, i) => ({ fileId: fileIds[i]!, requiredDocumentId: d.requiredDocumentId, purpose: 'APPLICATION' })) },
        },
      })
      await recordEvents(tx, [
        { dossierId: dossier.id, action: 'submit', actorId: clerk.id, toStatus: 'SUBMITTED', at: now, data: { channel: 'COUNTER' } },
        {
          dossierId: dossier.id,
          action: 'receive',
          actorId: clerk.id,
          fromStatus: 'SUBMITTED',
          toStatus: 'RECEIVED',
          formCode: '01',
          at: new Date(now.getTime() + 1),
          data: { dueAt, receivedDocuments: input.documents.map((d) => d.requiredDocumentId) },
        },
      ])
      return { id: dossier.id, code }
    },
  )
  await notifyApplicant(prisma, created.id, 'receive')
  return created
}
