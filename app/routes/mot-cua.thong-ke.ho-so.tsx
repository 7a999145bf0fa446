import type { LoaderFunctionArgs } from '@remix-run/node'
import { dossiersBehindLoader } from '~/statistics/routes/dossiers-behind.server.ts'

export { DossiersBehindPage as default, meta } from '~/statistics/routes/DossiersBehind.tsx'
export const loader = (args: LoaderFunctionArgs) => dossiersBehindLoader(args, 'backOffice')
