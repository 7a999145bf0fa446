// Issues the e-receipt of a settled payment (online or cash): numbered in its agency's receipt book, laid out
// with the legal fields (documents/receipts.server.ts), sealed and kept like every issued document (ADR 017).
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import { issueForm } from '../documents/forms.server.ts'
import { paymentReceipt, receiptAgency } from '../documents/receipts.server.ts'
import { issuedBytes, officialTranslator } from './issued-documents.server.ts'
import { ensureReceiptNumber, receiptNumberText } from './receipt-books.server.ts'

/** The receipt PDF of a payment that settled a dossier's fee, among the dossiers `where` allows; null if none. */
export async function paymentReceiptPdf(prisma: PrismaClient, paymentId: string, where: Prisma.DossierWhereInput) {
  const allowed = await prisma.payment.findFirst({ where: { id: paymentId, status: 'SUCCEEDED', applied: true, dossier: where }, select: { id: true } })
  if (!allowed) return null
  await ensureReceiptNumber(prisma, paymentId)
  const payment = await prisma.payment.findUniqueOrThrow({
    where: { id: paymentId },
    include: {
      receiptBook: { select: { form: true, series: true } },
      collectedBy: { select: { fullName: true } },
      dossier: {
        select: {
          id: true,
          code: true,
          applicantName: true,
          applicantNationalId: true,
          applicantAddress: true,
          feeAmount: true,
          feeBeforeCase: true,
          feeCaseStatus: true,
          feeCase: { select: { name: true, reductionPercent: true } },
          agency: receiptAgency,
          procedure: { select: { name: true, fees: { orderBy: { position: 'asc' }, select: { name: true, amount: true } } } },
        },
      },
    },
  })
  const document = paymentReceipt(
    { ...payment, book: payment.receiptBook!, number: receiptNumberText(payment.receiptNumber!), collector: payment.collectedBy?.fullName ?? null },
    await officialTranslator(),
  )
  const issued = await issueForm(document, { kind: 'E_RECEIPT', agency: payment.dossier.agency, dossierId: payment.dossier.id, fileName: `bien-lai-${payment.reference}.pdf` })
  return { fileName: issued.fileName, pdf: await issuedBytes(prisma, issued) }
}
