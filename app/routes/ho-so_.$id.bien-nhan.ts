import type { LoaderFunctionArgs } from '@remix-run/node'
import { issueForm } from '~/documents/forms.server.ts'
import { receiptInclude, submissionReceipt } from '~/documents/receipts.server.ts'
import { issuedBytes, officialTranslator } from '~/models/issued-documents.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'
import { publicUrl } from '~/utils/public-url.server.ts'
import { requireFiledDossier } from '~/utils/draft.server.ts'

/** The receipt of an online submission, as the signed PDF the applicant can print or keep. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { prisma, where } = await requireFiledDossier(request, params.id)
  const dossier = await prisma.dossier.findFirst({
    where,
    include: { ...receiptInclude, documents: { where: { purpose: 'APPLICATION' }, orderBy: { createdAt: 'asc' }, include: { requiredDocument: { select: { name: true } } } } },
  })
  if (!dossier?.code) throw new Response('Not found', { status: 404 })
  const issued = await issueForm(submissionReceipt(dossier, await officialTranslator(), publicUrl('/tra-cuu')), {
    kind: 'RECEIPT',
    agency: dossier.agency,
    dossierId: dossier.id,
    fileName: `bien-nhan-${dossier.code}.pdf`,
  })
  const pdf = await issuedBytes(prisma, issued)
  return new Response(new Uint8Array(pdf), { headers: attachmentHeaders({ fileName: issued.fileName, contentType: 'application/pdf', size: pdf.length }) })
}
