import type { LoaderFunctionArgs } from '@remix-run/node'
import { dossiersBehindFileLoader } from '~/statistics/routes/dossiers-behind-file.server.ts'

export const loader = (args: LoaderFunctionArgs) => dossiersBehindFileLoader(args, 'admin')
