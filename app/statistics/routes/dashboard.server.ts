// The loader of app/routes/*.thong-ke._index.tsx (mounted for administrators and for leaders).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { pageTitle } from '~/utils/page.server.ts'
import { periodQuery, refusedPeriod, statisticsReport, statisticsScope, type StatisticsPlace } from '~/statistics/scope.server.ts'

export async function dashboardLoader({ request }: LoaderFunctionArgs, place: StatisticsPlace) {
  const title = await pageTitle(request, 'dashboard.title')
  const scope = await statisticsScope(request, place)
  const page = { title, dimension: scope.dimension, base: scope.base, query: '' }
  if (!scope.ok) return refusedPeriod(page, scope.input)
  return { ...page, input: scope.input, period: scope.period, query: periodQuery(scope.period), ...(await statisticsReport(scope)) }
}
