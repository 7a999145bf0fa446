// The applicant's messages for a timeline event: one template per event
// (domain/messages/dossier-messages.ts), in the applicant's language, with what they need to act (the items,
// the reason, the new appointment, the fee, where to collect the result) and how to follow the dossier —
// their account, or the public lookup with code and phone for someone filed for at a counter.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { db } from '../db.server.ts'
import { eventData, smsDetail, templateFor } from '../domain/messages/dossier-messages.ts'
import { composeSms } from '../domain/messages/sms-text.ts'
import { formatAmount, formatDate } from '../domain/format.ts'
import { isLanguage } from '../i18n/config.ts'
import { serverI18n } from '../i18n/i18n.server.ts'
import { defineJob } from '../jobs/queue.server.ts'
import { publicUrl } from '../utils/public-url.server.ts'
import { notify } from './notifications.server.ts'

/** The `dossier-notify` job: the applicant's messages for one timeline event. Idempotent (dedupe key). */
export async function deliverEventMessages(prisma: PrismaClient, eventId: string) {
  const event = await prisma.dossierEvent.findUnique({
    where: { id: eventId },
    select: {
      action: true,
      toStatus: true,
      note: true,
      data: true,
      dossier: {
        select: {
          id: true,
          code: true,
          dueAt: true,
          feeAmount: true,
          applicantId: true,
          applicantEmail: true,
          applicantPhone: true,
          procedure: { select: { name: true } },
          desk: { select: { name: true, address: true } },
          applicant: { select: { preferredLanguage: true } },
        },
      },
    },
  })
  const template = event && templateFor(event)
  if (!event || !template || !event.dossier.code) return
  const { dossier } = event
  const language = isLanguage(dossier.applicant?.preferredLanguage) ? dossier.applicant.preferredLanguage : 'vi'
  const { t } = await serverI18n(language)
  const data = eventData(event)
  const appointment = data.appointmentAt ?? data.dueAt
  const lookup = publicUrl('/tra-cuu')
  const link = publicUrl(`/ho-so/${dossier.id}`)
  const params = {
    code: dossier.code,
    procedure: dossier.procedure.name,
    dueDate: dossier.dueAt ? formatDate(dossier.dueAt) : t('notification.unknownDate'),
    appointment: appointment ? formatDate(appointment) : t('notification.unknownDate'),
    reason: event.note ?? '',
    items: (data.items ?? []).map((item) => `- ${item}`).join('\n'),
    fee: t('money.vnd', { amount: formatAmount(dossier.feeAmount) }),
    amount: t('money.vnd', { amount: formatAmount(data.amount ?? dossier.feeAmount) }),
    desk: dossier.desk ? [dossier.desk.name, dossier.desk.address].filter(Boolean).join(', ') : t('notification.noDesk'),
    link,
    lookup,
  }
  // Without an account (filed at a counter or a support point) the applicant follows it by code and phone.
  const follow = dossier.applicantId ? 'account' : 'lookup'
  const smsFollow = t(follow === 'account' ? 'notification.follow.smsAccount' : 'notification.follow.smsLookup', params)
  await notify(prisma, {
    userId: dossier.applicantId,
    dossierId: dossier.id,
    subject: t(`notification.${template}.subject`, params),
    body: `${t(`notification.${template}.body`, params)}\n\n${t(`notification.follow.${follow}`, params)}`,
    sms: composeSms((detail) => `${t(`notification.${template}.sms`, { ...params, detail })} ${smsFollow}`, smsDetail(template, event)),
    email: dossier.applicantEmail,
    phone: dossier.applicantPhone,
    dedupeKey: `event:${eventId}`,
  })
}

defineJob<{ eventId: string }>({
  name: 'dossier-notify',
  handler: async ({ eventId }) => deliverEventMessages(await db(), eventId),
})
