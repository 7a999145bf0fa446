import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { StatisticsDashboard } from '~/components/statistics/Dashboard.tsx'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { dashboardData } from '~/utils/statistics.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  return { title: await pageTitle(request, 'dashboard.title'), ...(await dashboardData(request)) }
}

export default function Dashboard() {
  return <StatisticsDashboard {...useLoaderData<typeof loader>()} />
}
