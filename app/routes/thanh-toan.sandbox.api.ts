import type { ActionFunctionArgs } from '@remix-run/node'
import { db } from '~/db.server.ts'
import { sandboxPaymentApi } from '~/models/payment-sandbox.server.ts'
import { sandboxEnabled } from '~/utils/public-url.server.ts'

/** The sandbox gateway's merchant transaction API (querydr, refund), when the sandbox is enabled. */
export async function action({ request }: ActionFunctionArgs) {
  if (!sandboxEnabled('PAYMENT')) throw new Response('Not found', { status: 404 })
  return sandboxPaymentApi(await db(), request)
}
