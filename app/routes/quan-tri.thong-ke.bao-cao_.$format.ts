import type { LoaderFunctionArgs } from '@remix-run/node'
import { periodicReportFileLoader } from '~/statistics/routes/periodic-report-file.server.ts'

export const loader = (args: LoaderFunctionArgs) => periodicReportFileLoader(args, 'admin')
