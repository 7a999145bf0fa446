import type { LoaderFunctionArgs } from '@remix-run/node'
import { paymentReceiptPdf } from '~/models/payment-receipts.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'
import { requireFiledDossier } from '~/utils/draft.server.ts'

/** The e-receipt of a fee the applicant paid (online or at the desk), signed and verifiable like every issued document. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { prisma, where } = await requireFiledDossier(request, params.id)
  const receipt = await paymentReceiptPdf(prisma, params.paymentId ?? '', where)
  if (!receipt) throw new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(receipt.pdf), { headers: attachmentHeaders({ fileName: receipt.fileName, contentType: 'application/pdf', size: receipt.pdf.length }) })
}
