import type { LoaderFunctionArgs } from '@remix-run/node'
import { dashboardLoader } from '~/statistics/routes/dashboard.server.ts'

export { DashboardPage as default, meta } from '~/statistics/routes/Dashboard.tsx'
export const loader = (args: LoaderFunctionArgs) => dashboardLoader(args, 'admin')
