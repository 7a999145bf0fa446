import type { ActionFunctionArgs } from '@remix-run/node'
import { sandboxSmsApi } from '~/models/sms-sandbox.server.ts'
import { sandboxEnabled } from '~/utils/public-url.server.ts'

/** The built-in SMS gateway's send API (the provider protocol), when the sandbox is enabled. */
export async function action({ request }: ActionFunctionArgs) {
  if (!sandboxEnabled('SMS')) throw new Response('Not found', { status: 404 })
  return sandboxSmsApi(request)
}
