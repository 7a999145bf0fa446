// What the applicant is told when something happens to their dossier.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { isLanguage } from '../i18n/config.ts'
import { serverI18n } from '../i18n/i18n.server.ts'
import { notify } from './notifications.server.ts'

export async function notifyApplicant(prisma: PrismaClient, dossierId: string, event: string) {
  const dossier = await prisma.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: { code: true, status: true, applicantId: true, applicantEmail: true, applicantPhone: true, procedure: { select: { name: true } }, applicant: { select: { preferredLanguage: true } } },
  })
  const language = isLanguage(dossier.applicant?.preferredLanguage) ? dossier.applicant.preferredLanguage : 'vi'
  const { t } = await serverI18n(language)
  await notify(prisma, {
    userId: dossier.applicantId,
    dossierId,
    subject: t('notification.subject', { code: dossier.code }),
    body: t('notification.body', { code: dossier.code, procedure: dossier.procedure.name, status: t(`dossierStatus.${dossier.status}`), event }),
    email: dossier.applicantEmail,
    phone: dossier.applicantPhone,
  })
}
