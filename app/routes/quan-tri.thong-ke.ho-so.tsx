import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { db } from '~/db.server.ts'
import { formatDate } from '~/domain/format.ts'
import { timeliness } from '~/domain/statistics/indicators.ts'
import { dossiersBehind } from '~/models/statistics.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { statisticsScope } from '~/utils/statistics.server.ts'
import { TableScroll } from '~/components/TableScroll.tsx'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** The dossiers behind one figure of the dashboard (a cell of its table), each with its verdict. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { period, dimension, key, figure, agencyId, base } = await statisticsScope(request)
  const dossiers = await dossiersBehind(await db(), period.from, period.to, key ? { dimension, key } : null, figure, agencyId)
  return {
    title: await pageTitle(request, 'dashboard.drilldown'),
    back: `${base}?ky=${period.key}&theo=${dimension}`,
    figure,
    dossiers: dossiers.map((d) => ({ ...d, verdict: timeliness(d) })),
  }
}

export default function DossiersBehind() {
  const { back, figure, dossiers } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <>
      <p>
        <Link to={back}>{t('wizard.back')}</Link>
      </p>
      <h1>{t('dashboard.drilldown')}</h1>
      <p>{t('dashboard.drilldownCount', { count: dossiers.length, figure: t(`dashboard.figures.${figure}`) })}</p>
      <TableScroll label={t('dashboard.drilldown')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dossier.code')}</th>
              <th scope="col">{t('dossier.procedure')}</th>
              <th scope="col">{t('backOffice.queue.channel')}</th>
              <th scope="col">{t('dossier.status')}</th>
              <th scope="col">{t('dossier.dueAt')}</th>
              <th scope="col">{t('dashboard.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {dossiers.map((d) => (
              <tr key={d.id}>
                <td>{d.code}</td>
                <td>
                  {d.procedure.name}
                  <br />
                  <span className="secondary">{d.agency.name}</span>
                </td>
                <td>{t(`channel.${d.channel}`)}</td>
                <td>{t(`dossierStatus.${d.status}`)}</td>
                <td>{d.dueAt ? formatDate(d.dueAt) : '—'}</td>
                <td>{d.verdict ? t(`dashboard.verdicts.${d.verdict}`) : t('dashboard.verdicts.open')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  )
}
