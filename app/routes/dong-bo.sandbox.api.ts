import type { ActionFunctionArgs } from '@remix-run/node'
import { sandboxNationalApi } from '~/models/national-sandbox.server.ts'
import { sandboxEnabled } from '~/utils/public-url.server.ts'

/** The built-in national portal receiver (its sync protocol), when the sandbox is enabled. */
export async function action({ request }: ActionFunctionArgs) {
  if (!sandboxEnabled('NATIONAL_SYNC')) throw new Response('Not found', { status: 404 })
  return sandboxNationalApi(request)
}
