import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireRole } from '~/auth/access.server.ts'
import { DataTable } from '~/components/DataTable.tsx'
import { TableScroll } from '~/components/TableScroll.tsx'
import { useFormat } from '~/i18n/use-format.ts'
import { deadLetters, dismissDeadLetter, queueDepths, resendDeadLetter } from '~/jobs/dead-letters.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** The job queue: how much waits in each queue, and the dead letters (jobs out of tries). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  const [depths, letters] = await Promise.all([queueDepths(), deadLetters()])
  return { title: await pageTitle(request, 'ops.jobs.title'), depths, letters: letters.map((l) => ({ ...l, data: JSON.stringify(l.data) })) }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  const form = await request.formData()
  const id = String(form.get('id') ?? '')
  const done = form.get('intent') === 'resend' ? await resendDeadLetter(id) : await dismissDeadLetter(id)
  return { done }
}

export default function Jobs() {
  const { depths, letters } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <>
      <h1>{t('ops.jobs.heading')}</h1>
      <p>{t('ops.jobs.lead')}</p>
      <h2>{t('ops.jobs.queues')}</h2>
      <TableScroll label={t('ops.jobs.queues')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('ops.jobs.queue')}</th>
              <th scope="col" className="num">
                {t('ops.jobs.waiting')}
              </th>
            </tr>
          </thead>
          <tbody>
            {depths.map((d) => (
              <tr key={d.queue}>
                <td>{t(`ops.jobs.names.${d.queue}`, { defaultValue: d.queue })}</td>
                <td className="num">{d.waiting}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2>{t('ops.jobs.deadLetters')}</h2>
      {letters.length === 0 ? <p>{t('ops.jobs.none')}</p> : null}
      {letters.length > 0 ? (
        <DataTable label={t('ops.jobs.deadLetters')} columns={[t('ops.jobs.when'), t('ops.jobs.queue'), t('ops.jobs.error'), t('admin.actions')]}>
          {letters.map((letter) => (
            <tr key={letter.id}>
              <td>{f.dateTime(letter.createdOn)}</td>
              <td>
                {t(`ops.jobs.names.${letter.queue}`, { defaultValue: letter.queue })}
                <br />
                <code>{letter.data}</code>
              </td>
              <td>{letter.error}</td>
              <td>
                <Form method="post">
                  <input type="hidden" name="id" value={letter.id} />
                  <button type="submit" name="intent" value="resend" className="button">
                    {t('ops.jobs.resend')}
                  </button>{' '}
                  <button type="submit" name="intent" value="dismiss" className="button button--secondary">
                    {t('ops.jobs.dismiss')}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </DataTable>
      ) : null}
    </>
  )
}
