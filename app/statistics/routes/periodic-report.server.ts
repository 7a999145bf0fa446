// The loader of app/routes/*.thong-ke.bao-cao.tsx (mounted for administrators and for leaders).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { db } from '~/db.server.ts'
import { periodicReport } from '~/statistics/periodic-report.server.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { periodQuery, refusedPeriod, statisticsScope, type StatisticsPlace } from '~/statistics/scope.server.ts'

/** The periodic report of administrative-procedure results, as a page; …/bao-cao/xlsx and …/bao-cao/pdf as files. */
export async function periodicReportLoader({ request }: LoaderFunctionArgs, place: StatisticsPlace) {
  const title = await pageTitle(request, 'statistics.report.title')
  const scope = await statisticsScope(request, place)
  if (!scope.ok) return refusedPeriod({ title, base: scope.base, query: '', report: null }, scope.input)
  const report = await periodicReport(await db(), scope.period, { agencyId: scope.agencyId }, scope.language)
  return { title, base: scope.base, input: scope.input, period: scope.period, query: periodQuery(scope.period), report }
}
