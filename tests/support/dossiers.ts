// Factories for integration tests: dossiers in the states a test needs, made through the same models the
// pages use (nothing written behind the life cycle's back).
import type { SessionUser } from '~/auth/session.server.ts'
import { questionsOf } from '~/domain/catalogue/questionnaire.ts'
import { intakeAtCounter, intakeProcedure } from '~/models/counter-intake.server.ts'
import { transition } from '~/models/dossier.server.ts'
import { checkUpload, type CheckedUpload } from '~/models/files.server.ts'
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { BIRTH_ANSWERS } from './filing.ts'

export const staffUser = async (prisma: PrismaClient, email: string) => (await prisma.user.findUniqueOrThrow({ where: { email } })) as unknown as SessionUser

export const versionOf = async (prisma: PrismaClient, id: string) => (await prisma.dossier.findUniqueOrThrow({ where: { id } })).version

/** A checked PDF upload with the given text inside. */
export function pdfUpload(text = 'tai lieu', name = 'tai-lieu.pdf'): CheckedUpload {
  const checked = checkUpload(new TextEncoder().encode(`%PDF-1.4\n% ${text}\n`), name)
  if (!checked.ok) throw new Error(checked.error)
  return checked.upload
}

/** Answers that satisfy a procedure's questions (the birth registration's, or the portal's default question). */
export function answersFor(formSchema: unknown): Record<string, string> {
  const questions = questionsOf(formSchema)
  return Object.fromEntries(questions.map((q) => [q.id, (BIRTH_ANSWERS as Record<string, string>)[q.id] ?? (q.kind === 'select' ? q.options![0]!.value : 'Đề nghị giải quyết')]))
}

/** A paper dossier received at the counter by the clerk, every document ticked and scanned. */
export async function counterDossier(prisma: PrismaClient, clerk: SessionUser, procedureCode = '2.000884', applicant: { name?: string; nationalId?: string; phone?: string } = {}) {
  const procedure = await intakeProcedure(prisma, clerk, procedureCode)
  if (!procedure) throw new Error(`${procedureCode} is not handled by ${clerk.fullName}'s agency`)
  return intakeAtCounter(prisma, clerk, procedure, {
    applicantName: applicant.name ?? 'Tô Văn Hiếu',
    applicantNationalId: applicant.nationalId ?? '089070001122',
    applicantPhone: applicant.phone ?? '0918222333',
    applicantAddress: 'Phường Long Xuyên, An Giang',
    answers: answersFor(procedure.formSchema),
    documents: procedure.documents.map((d) => ({ requiredDocumentId: d.id, scan: pdfUpload(d.name) })),
    delivery: 'DESK',
  })
}

/** Assigned, its draft result submitted and approved by the leader. */
export async function approve(prisma: PrismaClient, id: string, people: { clerk: SessionUser; specialist: SessionUser; approver: SessionUser }, draft = pdfUpload('du thao ket qua', 'du-thao.pdf')) {
  await transition(prisma, id, { action: 'assign', actor: people.clerk, version: await versionOf(prisma, id), assigneeId: people.specialist.id })
  await transition(prisma, id, { action: 'submitForApproval', actor: people.specialist, version: await versionOf(prisma, id), uploads: [draft] })
  return transition(prisma, id, { action: 'approve', actor: people.approver, version: await versionOf(prisma, id) })
}
