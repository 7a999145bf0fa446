import type { LoaderFunctionArgs } from '@remix-run/node'
import { db } from '~/db.server.ts'
import { ipnEndpoint } from '~/models/payments.server.ts'

/** VNPay's server-to-server notification: with the transaction query, the only word that changes a payment. */
export async function loader({ request }: LoaderFunctionArgs) {
  return ipnEndpoint(await db(), request)
}
