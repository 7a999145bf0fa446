import type { LoaderFunctionArgs } from '@remix-run/node'
import { issueForm } from '~/documents/forms.server.ts'
import { paymentReceipt, receiptAgency } from '~/documents/receipts.server.ts'
import { issuedBytes, officialTranslator } from '~/models/issued-documents.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'
import { requireFiledDossier } from '~/utils/draft.server.ts'

/** The electronic receipt of a fee paid online, signed and verifiable like every issued document. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { prisma, where } = await requireFiledDossier(request, params.id)
  const payment = await prisma.payment.findFirst({
    where: { id: params.paymentId, status: 'SUCCEEDED', dossier: where },
    include: { dossier: { select: { id: true, code: true, applicantName: true, agency: receiptAgency, procedure: { select: { name: true } } } } },
  })
  if (!payment) throw new Response('Not found', { status: 404 })
  const issued = await issueForm(paymentReceipt(payment, await officialTranslator()), { kind: 'E_RECEIPT', agency: payment.dossier.agency, dossierId: payment.dossier.id, fileName: `bien-lai-${payment.reference}.pdf` })
  const pdf = await issuedBytes(prisma, issued)
  return new Response(new Uint8Array(pdf), { headers: attachmentHeaders({ fileName: issued.fileName, contentType: 'application/pdf', size: pdf.length }) })
}
