import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '~/components/DataTable.tsx'
import { useFormat } from '~/i18n/use-format.ts'
import { sandboxInbox } from '~/models/sms-sandbox.server.ts'
import { sandboxEnabled } from '~/utils/public-url.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** The sandbox gateway's phones: every SMS it received, or one phone's (?so=0912…). Demo and tests only. */
export async function loader({ request }: LoaderFunctionArgs) {
  if (!sandboxEnabled('SMS')) throw new Response('Not found', { status: 404 })
  const phone = new URL(request.url).searchParams.get('so')?.replace(/\D/g, '') || undefined
  return { title: await pageTitle(request, 'ops.smsSandbox.title'), phone: phone ?? '', messages: await sandboxInbox(phone) }
}

export default function SmsSandbox() {
  const { phone, messages } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <>
      <h1>{t('ops.smsSandbox.heading')}</h1>
      <p className="notice">{t('ops.smsSandbox.lead')}</p>
      <Form method="get">
        <label htmlFor="so">{t('ops.smsSandbox.phone')}</label> <input id="so" name="so" defaultValue={phone} inputMode="tel" autoComplete="tel" size={12} />{' '}
        <button type="submit" className="button button--secondary">
          {t('ops.smsSandbox.show')}
        </button>
      </Form>
      {messages.length === 0 ? <p>{t('ops.smsSandbox.empty')}</p> : null}
      {messages.length > 0 ? (
        <DataTable label={t('ops.smsSandbox.heading')} columns={[t('ops.smsSandbox.when'), t('ops.smsSandbox.phone'), t('ops.smsSandbox.message')]}>
          {messages.map((m) => (
            <tr key={m.id}>
              <td>{f.dateTime(m.receivedAt)}</td>
              <td>
                <a href={`?so=${m.phone}`}>{m.phone}</a>
              </td>
              <td>
                <strong>{m.brandname}</strong>: {m.message}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  )
}
