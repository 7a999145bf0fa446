import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { StatisticsDashboard } from '~/components/statistics/Dashboard.tsx'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { periodQuery, refusedPeriod, statisticsReport, statisticsScope } from '~/utils/statistics.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const title = await pageTitle(request, 'dashboard.title')
  const scope = await statisticsScope(request)
  const page = { title, dimension: scope.dimension, base: scope.base, query: '' }
  if (!scope.ok) return refusedPeriod(page, scope.input)
  return { ...page, input: scope.input, period: scope.period, query: periodQuery(scope.period), ...(await statisticsReport(scope)) }
}

export default function Dashboard() {
  return <StatisticsDashboard {...useLoaderData<typeof loader>()} />
}
