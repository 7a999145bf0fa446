import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PeriodForm } from '~/components/statistics/PeriodField.tsx'
import { periodLabel } from '~/components/statistics/period-label.ts'
import { ReportTable } from '~/components/statistics/ReportTable.tsx'
import { db } from '~/db.server.ts'
import { showCalendarDate } from '~/domain/calendar/dates.ts'
import { periodicReport } from '~/models/statistics-report.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { periodQuery, refusedPeriod, statisticsScope } from '~/utils/statistics.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** The periodic report of administrative-procedure results, as a page; …/bao-cao/xlsx and …/bao-cao/pdf as files. */
export async function loader({ request }: LoaderFunctionArgs) {
  const title = await pageTitle(request, 'statistics.report.title')
  const scope = await statisticsScope(request)
  if (!scope.ok) return refusedPeriod({ title, base: scope.base, query: '', report: null }, scope.input)
  const report = await periodicReport(await db(), scope.period, { agencyId: scope.agencyId }, scope.language)
  return { title, base: scope.base, input: scope.input, period: scope.period, query: periodQuery(scope.period), report }
}

export default function PeriodicReportPage() {
  const { base, input, period, query, report } = useLoaderData<typeof loader>()
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
