import type { ActionFunctionArgs } from '@remix-run/node'
import { receiveDeliveryReceipt } from '~/models/sms.server.ts'

/** The SMS provider's delivery receipts (server to server, Bearer SMS_RECEIPT_TOKEN). */
export async function action({ request }: ActionFunctionArgs) {
  return receiveDeliveryReceipt(request)
}
