import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { TableScroll } from '~/components/TableScroll.tsx'
import { periodLabel } from '~/components/statistics/period-label.ts'
import { useFormats } from '~/components/statistics/use-formats.ts'
import { db } from '~/db.server.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { dossiersBehind } from '~/models/statistics.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { drillQuery, periodQuery, refusedPeriod, statisticsScope } from '~/utils/statistics.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

const PAGE_SIZE = 100

/** The dossiers behind one figure of the dashboard (a cell of its table), a page at a time, each with its verdict. */
export async function loader({ request }: LoaderFunctionArgs) {
  const title = await pageTitle(request, 'dashboard.drilldown')
  const scope = await statisticsScope(request)
  if (!scope.ok) return refusedPeriod({ title, back: scope.base, base: scope.base, figure: scope.figure, query: '', total: 0, page: 1, pages: 1, rows: [], opens: false }, scope.input)
  const page = Math.max(1, Number(new URL(request.url).searchParams.get('trang')) || 1)
  const { total, rows } = await dossiersBehind(await db(), scope.period, { cut: scope.key ? { dimension: scope.dimension, key: scope.key } : null, figure: scope.figure }, { agencyId: scope.agencyId }, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE })
  return {
    title,
    period: scope.period,
    back: `${scope.base}?${periodQuery(scope.period)}&theo=${scope.dimension}`,
    base: scope.base,
    query: drillQuery(scope),
    figure: scope.figure,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    rows,
    opens: scope.opensDossiers,
  }
}

export default function DossiersBehind() {
  const data = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const format = useFormat()
  const f = useFormats()
  const { back, base, figure, total, page, pages, rows, opens, query } = data
  return (
    <>
      <p>
        <Link to={back}>{t('wizard.back')}</Link>
      </p>
      <h1>{t('dashboard.drilldown')}</h1>
      <p>
        {t('dashboard.drilldownCount', { count: total, figure: t(`dashboard.figures.${figure}`) })}
        {data.period ? ` — ${periodLabel(data.period, t)}` : ''}
      </p>
      {total > 0 ? (
        <p>
          {t('dashboard.exportList')}{' '}
          <a href={`${base}/ho-so/tai-ve/csv?${query}`} download>
            CSV
          </a>
          {' · '}
          <a href={`${base}/ho-so/tai-ve/xlsx?${query}`} download>
            XLSX
          </a>
        </p>
      ) : null}
      <TableScroll label={t('dashboard.drilldown')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('dossier.code')}</th>
              <th scope="col">{t('dossier.procedure')}</th>
              <th scope="col">{t('backOffice.queue.channel')}</th>
              <th scope="col">{t('dossier.status')}</th>
              <th scope="col">{t('dashboard.columnsList.receivedAt')}</th>
              <th scope="col">{t('dossier.dueAt')}</th>
              <th scope="col">{t('dashboard.columnsList.decidedAt')}</th>
              <th scope="col">{t('dashboard.verdict')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id}>
                <td>{opens && d.code ? <Link to={`/mot-cua/ho-so/${d.id}`}>{d.code}</Link> : d.code}</td>
                <td>
                  {d.procedure}
                  <br />
                  <span className="secondary">{d.agency}</span>
                </td>
                <td>{t(`channel.${d.channel}`)}</td>
                <td>{t(`dossierStatus.${d.status}`)}</td>
                <td>{d.receivedAt ? format.dateTime(d.receivedAt) : '—'}</td>
                <td>{d.dueAt ? format.dateTime(d.dueAt) : '—'}</td>
                <td>{d.decidedAt ? format.dateTime(d.decidedAt) : '—'}</td>
                <td>{d.verdict ? t(`dashboard.verdicts.${d.verdict}`) : t('dashboard.verdicts.open')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {pages > 1 ? (
        <nav className="pagination" aria-label={t('dashboard.drilldownPage', { page: f.count(page), pages: f.count(pages) })}>
          {page > 1 ? <Link to={`?${query}&trang=${page - 1}`}>{t('dashboard.previousPage')}</Link> : null}
          <span>{t('dashboard.drilldownPage', { page: f.count(page), pages: f.count(pages) })}</span>
          {page < pages ? <Link to={`?${query}&trang=${page + 1}`}>{t('dashboard.nextPage')}</Link> : null}
        </nav>
      ) : null}
    </>
  )
}
