import type { LoaderFunctionArgs } from '@remix-run/node'
import { periodicReportLoader } from '~/statistics/routes/periodic-report.server.ts'

export { PeriodicReportPage as default, meta } from '~/statistics/routes/PeriodicReport.tsx'
export const loader = (args: LoaderFunctionArgs) => periodicReportLoader(args, 'backOffice')
