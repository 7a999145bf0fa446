import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireArea, staffScope } from '~/auth/access.server.ts'
import { db } from '~/db.server.ts'
import { paymentReceiptPdf } from '~/models/payment-receipts.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'

/** The same e-receipt for the agency's staff: printed or sent to a payer who paid cash at the desk. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'backOffice')
  const receipt = await paymentReceiptPdf(await db(), params.paymentId ?? '', { id: params.id ?? '', ...staffScope(user) })
  if (!receipt) throw new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(receipt.pdf), { headers: attachmentHeaders({ fileName: receipt.fileName, contentType: 'application/pdf', size: receipt.pdf.length }) })
}
