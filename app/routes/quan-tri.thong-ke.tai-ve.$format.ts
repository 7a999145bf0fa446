import type { LoaderFunctionArgs } from '@remix-run/node'
import { dashboardFileLoader } from '~/statistics/routes/dashboard-file.server.ts'

export const loader = (args: LoaderFunctionArgs) => dashboardFileLoader(args, 'admin')
