import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { StatisticsDashboard } from '~/statistics/components/Dashboard.tsx'
import { titleMeta } from '~/utils/meta.ts'
import type { PlacedLoader } from '~/statistics/scope.server.ts'
import type { dashboardLoader } from './dashboard.server.ts'

type Loader = PlacedLoader<typeof dashboardLoader>

export const meta: MetaFunction<Loader> = ({ data }) => titleMeta(data)

export function DashboardPage() {
  return <StatisticsDashboard {...useLoaderData<Loader>()} />
}
