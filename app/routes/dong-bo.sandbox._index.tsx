import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireRole } from '~/auth/access.server.ts'
import { TableScroll } from '~/components/TableScroll.tsx'
import { useFormat } from '~/i18n/use-format.ts'
import { sandboxNationalRecords, simulateNationalOutage } from '~/models/national-sandbox.server.ts'
import { sandboxEnabled } from '~/utils/public-url.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

async function guard(request: Request) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  if (!sandboxEnabled('NATIONAL_SYNC')) throw new Response('Not found', { status: 404 })
}

/** What the built-in national portal receiver got, and an outage to simulate (to watch the retries). */
export async function loader({ request }: LoaderFunctionArgs) {
  await guard(request)
  return { title: await pageTitle(request, 'ops.nationalSandbox.title'), ...(await sandboxNationalRecords()) }
}

export async function action({ request }: ActionFunctionArgs) {
  await guard(request)
  const requests = Math.min(100, Math.max(0, Math.trunc(Number((await request.formData()).get('requests')) || 0)))
  await simulateNationalOutage(requests)
  return { requests }
}

export default function NationalSandbox() {
  const { records, outage } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <>
      <h1>{t('ops.nationalSandbox.heading')}</h1>
      <p className="notice">{t('ops.nationalSandbox.lead')}</p>
      <Form method="post">
        <label htmlFor="requests">{t('ops.nationalSandbox.outage')}</label> <input id="requests" name="requests" type="number" min={0} max={100} defaultValue={outage} />{' '}
        <button type="submit" className="button button--secondary">
          {t('ops.nationalSandbox.save')}
        </button>
      </Form>
      <TableScroll label={t('ops.nationalSandbox.heading')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('ops.nationalSandbox.when')}</th>
              <th scope="col">{t('ops.nationalSandbox.dossier')}</th>
              <th scope="col" className="num">
                {t('ops.nationalSandbox.code')}
              </th>
            </tr>
          </thead>
          <tbody>
            {records.map((r) => (
              <tr key={r.id}>
                <td>{f.dateTime(r.receivedAt)}</td>
                <td>{r.dossierCode}</td>
                <td className="num">{r.statusCode}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  )
}
