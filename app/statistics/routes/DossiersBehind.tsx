import type { MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '~/components/DataTable.tsx'
import { periodLabel } from '~/statistics/components/period-label.ts'
import { useFormats } from '~/statistics/components/use-formats.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { titleMeta } from '~/utils/meta.ts'
import type { PlacedLoader } from '~/statistics/scope.server.ts'
import type { dossiersBehindLoader } from './dossiers-behind.server.ts'

type Loader = PlacedLoader<typeof dossiersBehindLoader>

export const meta: MetaFunction<Loader> = ({ data }) => titleMeta(data)

export function DossiersBehindPage() {
  const data = useLoaderData<Loader>()
  const { t } = useTranslation()
  const f = useFormats()
  const format = useFormat()
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
      <DataTable
        label={t('dashboard.drilldown')}
        columns={[
          t('dossier.code'),
          t('dossier.procedure'),
          t('backOffice.queue.channel'),
          t('dossier.status'),
          t('dashboard.columnsList.receivedAt'),
          t('dossier.dueAt'),
          t('dashboard.columnsList.decidedAt'),
          t('dashboard.verdict'),
        ]}
      >
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
      </DataTable>
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
