import type { LoaderFunctionArgs } from '@remix-run/node'
import { db } from '~/db.server.ts'
import { handleIpn } from '~/models/payments.server.ts'

/** VNPay's server-to-server notification: the only thing that changes a payment's state. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const reply = await handleIpn(await db(), Object.fromEntries(url.searchParams), process.env.PUBLIC_URL ?? url.origin)
  return Response.json(reply, { headers: { 'Cache-Control': 'no-store' } })
}
