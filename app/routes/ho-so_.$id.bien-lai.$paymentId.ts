import type { LoaderFunctionArgs } from '@remix-run/node'
import { renderPdf } from '~/documents/pdf.server.ts'
import { formatAmount, formatDateTime } from '~/domain/format.ts'
import { translatorFor } from '~/i18n/i18n.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'
import { requireFiledDossier } from '~/utils/draft.server.ts'

/** The electronic receipt of a fee paid online. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { prisma, where } = await requireFiledDossier(request, params.id)
  const payment = await prisma.payment.findFirst({
    where: { id: params.paymentId, status: 'SUCCEEDED', dossier: where },
    include: { dossier: { select: { code: true, applicantName: true, agency: { select: { name: true } }, procedure: { select: { name: true } } } } },
  })
  if (!payment) throw new Response('Not found', { status: 404 })
  const t = await translatorFor(request)
  const pdf = await renderPdf(t('payment.receiptTitle'), [
    { kind: 'centered', text: payment.dossier.agency.name.toUpperCase(), bold: true },
    { kind: 'heading', text: t('payment.receiptTitle').toUpperCase() },
    { kind: 'field', label: t('dossier.code'), value: payment.dossier.code ?? '' },
    { kind: 'field', label: t('dossier.procedure'), value: payment.dossier.procedure.name },
    { kind: 'field', label: t('receipt.applicant'), value: payment.dossier.applicantName ?? '' },
    { kind: 'field', label: t('payment.amount'), value: t('money.vnd', { amount: formatAmount(payment.amount) }) },
    { kind: 'field', label: t('payment.paidAt'), value: payment.paidAt ? formatDateTime(payment.paidAt) : '' },
    { kind: 'field', label: t('payment.reference'), value: `${payment.reference} / ${payment.gatewayTransactionNo ?? ''} (${payment.bankCode ?? ''})` },
  ])
  return new Response(new Uint8Array(pdf), {
    headers: attachmentHeaders({ fileName: `bien-lai-${payment.reference}.pdf`, contentType: 'application/pdf', size: pdf.length }),
  })
}
