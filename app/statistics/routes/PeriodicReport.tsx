import type { MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PeriodForm } from '~/statistics/components/PeriodField.tsx'
import { periodLabel } from '~/statistics/components/period-label.ts'
import { ReportTable } from '~/statistics/components/ReportTable.tsx'
import { showCalendarDate } from '~/domain/calendar/dates.ts'
import { titleMeta } from '~/utils/meta.ts'
import type { PlacedLoader } from '~/statistics/scope.server.ts'
import type { periodicReportLoader } from './periodic-report.server.ts'

type Loader = PlacedLoader<typeof periodicReportLoader>

export const meta: MetaFunction<Loader> = ({ data }) => titleMeta(data)

export function PeriodicReportPage() {
  const { base, input, period, query, report } = useLoaderData<Loader>()
  const { t } = useTranslation()
  return (
    <>
      <p>
        <Link to={`${base}?${query}`}>{t('wizard.back')}</Link>
      </p>
      <h1>{t('statistics.report.heading')}</h1>
      <PeriodForm input={input} />
      {period && report ? (
        <>
          <p>
            <strong>{periodLabel(period, t)}</strong>
            {period.cutOff ? null : ` — ${t('statistics.report.range', { first: showCalendarDate(period.firstDay), last: showCalendarDate(period.lastDay) })}`}
          </p>
          <p className="secondary">
            {t('statistics.report.form')} {t('statistics.report.unit')}
          </p>
          <p>
            {t('statistics.report.download')}{' '}
            <a href={`${base}/bao-cao/xlsx?${query}`} download>
              XLSX
            </a>
            {' · '}
            <a href={`${base}/bao-cao/pdf?${query}`} download>
              PDF
            </a>
          </p>
          <ReportTable caption={t('statistics.report.byLevel')} nameHeading={t('statistics.report.agency')} blocks={report.sections} total={report.total} />
          <ReportTable caption={t('statistics.report.byField')} nameHeading={t('statistics.report.field')} blocks={[{ key: '', label: '', lines: report.fields }]} total={report.fieldTotal} />
          <p className="secondary">{t('statistics.report.notes')}</p>
        </>
      ) : null}
    </>
  )
}
