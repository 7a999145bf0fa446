import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '~/auth/access.server.ts'
import { db } from '~/db.server.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { DataTable } from '~/components/DataTable.tsx'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** E-mails and SMS messages, sent or waiting: without SMTP or an SMS provider this is where they stay. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'admin')
  const messages = await (
    await db()
  ).notification.findMany({
    where: {
      channel: { in: ['EMAIL', 'SMS'] },
      ...(user.role === 'AGENCY_ADMIN' && { dossier: { agencyId: user.agencyId ?? '' } }),
    },
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: { id: true, channel: true, recipient: true, subject: true, body: true, createdAt: true, sentAt: true, notBefore: true, attempts: true, lastError: true, deliveryStatus: true },
  })
  return { title: await pageTitle(request, 'admin.outbox.title'), messages }
}

export default function Outbox() {
  const { messages } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <>
      <h1>{t('admin.outbox.heading')}</h1>
      <p>{t('admin.outbox.lead')}</p>
      <DataTable label={t('admin.outbox.heading')} columns={[t('admin.outbox.when'), t('admin.outbox.channel'), t('admin.outbox.recipient'), t('admin.outbox.message'), t('admin.outbox.state')]}>
        {messages.map((m) => (
          <tr key={m.id}>
            <td>{f.dateTime(m.createdAt)}</td>
            <td>{m.channel}</td>
            <td>{m.recipient}</td>
            <td>
              <strong>{m.subject}</strong>
              <br />
              {m.body}
            </td>
            <td>
              {m.sentAt
                ? t('admin.outbox.sent', { at: f.dateTime(m.sentAt) })
                : m.notBefore && new Date(m.notBefore) > new Date()
                  ? t('ops.outbox.heldUntil', { at: f.dateTime(m.notBefore) })
                  : t('admin.outbox.waiting')}
              {m.deliveryStatus ? (
                <>
                  <br />
                  {t(`ops.outbox.receipt.${m.deliveryStatus}`, { defaultValue: m.deliveryStatus })}
                </>
              ) : null}
              {!m.sentAt && m.lastError ? (
                <>
                  <br />
                  {t('ops.outbox.failed', { count: m.attempts, error: m.lastError })}
                </>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  )
}
