import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireRole } from '~/auth/access.server.ts'
import { TableScroll } from '~/components/TableScroll.tsx'
import { db } from '~/db.server.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { parsePeriod } from '~/statistics/domain/period.ts'
import { resendPendingSyncs, syncIndicator } from '~/models/national-sync.server.ts'
import { refusal } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** Synchronisation with the national portal (a Decision 766 indicator): the share accepted, what waits. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  const now = new Date()
  const thisMonth = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 7)
  const asked = new URL(request.url).searchParams.get('ky')
  const read = parsePeriod(asked ?? thisMonth, { now })
  if (!read.ok) throw refusal(400, `statistics.periodErrors.${read.problem}`)
  const { period } = read
  return { title: await pageTitle(request, 'ops.sync.title'), period: period.key, indicator: await syncIndicator(await db(), period.from, period.to) }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  return { resent: await resendPendingSyncs(await db()) }
}

export default function NationalSync() {
  const { period, indicator } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <>
      <h1>{t('ops.sync.heading')}</h1>
      <p>{t('ops.sync.lead')}</p>
      {indicator.configured ? null : <p className="notice">{t('ops.sync.notConfigured')}</p>}
      <Form method="get">
        <label htmlFor="ky">{t('ops.sync.period')}</label> <input id="ky" name="ky" defaultValue={period} inputMode="numeric" size={8} />{' '}
        <button type="submit" className="button button--secondary">
          {t('ops.sync.show')}
        </button>
      </Form>
      <ul className="figures">
        <li className="figure">
          <span className="figure__value">{f.share(indicator.share)}</span> {t('ops.sync.share')}
        </li>
        <li className="figure">
          <span className="figure__value">{indicator.synced}</span> {t('ops.sync.synced', { count: indicator.dossiers })}
        </li>
      </ul>
      <h2>{t('ops.sync.waiting')}</h2>
      {actionData ? <p role="status">{t('ops.sync.resent', { count: actionData.resent })}</p> : null}
      {indicator.waiting.length === 0 ? (
        <p>{t('ops.sync.nothingWaiting')}</p>
      ) : (
        <>
          <Form method="post">
            <button type="submit" className="button">
              {t('ops.sync.resend')}
            </button>
          </Form>
          <TableScroll label={t('ops.sync.waiting')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('ops.sync.dossier')}</th>
                  <th scope="col">{t('ops.sync.status')}</th>
                  <th scope="col">{t('ops.sync.changedAt')}</th>
                  <th scope="col" className="num">
                    {t('ops.sync.attempts')}
                  </th>
                  <th scope="col">{t('ops.sync.lastError')}</th>
                </tr>
              </thead>
              <tbody>
                {indicator.waiting.map((row) => (
                  <tr key={row.id}>
                    <td>{row.code}</td>
                    <td>
                      {t(`dossierStatus.${row.status}`)} ({row.statusCode})
                    </td>
                    <td>{f.dateTime(row.changedAt)}</td>
                    <td className="num">{row.attempts}</td>
                    <td>{row.lastError ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  )
}
