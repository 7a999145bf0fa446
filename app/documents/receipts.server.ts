// What the portal hands the applicant besides the one-stop forms: the receipt of an online submission and the
// electronic receipt of a fee paid online. Both are issued like every agency document (signed, with a
// verification code); the e-receipt's legal fields belong to the payments module, this only lays it out.
import type { TFunction } from 'i18next'
import type { Prisma } from '../../prisma/generated/client.ts'
import { documentNumber, placeName } from '../domain/documents/official.ts'
import { formatAmount, formatDate, formatDateTime } from '../domain/format.ts'
import { maskNationalId } from '../domain/identity/national-id.ts'
import { stillToPay } from '../domain/payments/still-to-pay.ts'
import { formatPhone } from '../domain/support/directory.ts'
import type { Block } from './blocks.ts'
import { letterhead, type OfficialDocument } from './forms.server.ts'

export const receiptAgency = { select: { id: true, code: true, name: true, unit: { select: { name: true } } } } satisfies Prisma.AgencyDefaultArgs

/** What a receipt (the PDF and the page after filing) reads about the dossier besides its own columns. */
export const receiptInclude = {
  procedure: { select: { name: true, paymentTiming: true } },
  agency: receiptAgency,
  payments: { select: { status: true } },
  supportPoint: { select: { name: true, address: true, phone: true } },
  filedBy: { select: { fullName: true } },
} satisfies Prisma.DossierInclude

interface ReceiptDossier {
  id: string
  code: string | null
  applicantName: string | null
  applicantNationalId: string | null
  submittedAt: Date | null
  dueAt: Date | null
  procedure: { name: string; paymentTiming: string }
  agency: { name: string; unit: { name: string } }
  documents: { requiredDocument: { name: string } | null }[]
  feeAmount: number
  payments: { status: string }[]
  /** Filed by a support point's staff for the person: who, where, and how the person follows it. */
  supportPoint: { name: string; address: string; phone: string | null } | null
  filedBy: { fullName: string } | null
}

/** What the receipt tells about money and, for a dossier filed at a support point, where and how to follow it. */
export function receiptFollowUp(dossier: ReceiptDossier, t: TFunction, lookupUrl: string): Block[] {
  const due = stillToPay(dossier)
  const blocks: Block[] = [
    { kind: 'field', label: t('supportPoint.receipt.stillToPay'), value: due ? t(`supportPoint.receipt.due.${due.when}`, { amount: t('money.vnd', { amount: formatAmount(due.amount) }) }) : t('supportPoint.receipt.nothingToPay') },
  ]
  if (!dossier.supportPoint) return blocks
  const point = dossier.supportPoint
  return [
    { kind: 'field', label: t('supportPoint.receipt.point'), value: `${point.name}, ${point.address}${point.phone ? ` (${formatPhone(point.phone)})` : ''}` },
    { kind: 'field', label: t('supportPoint.receipt.staff'), value: dossier.filedBy?.fullName ?? '' },
    ...blocks,
    { kind: 'paragraph', bold: true, text: t('supportPoint.receipt.followHeading') },
    { kind: 'paragraph', text: t('supportPoint.receipt.follow', { url: lookupUrl, code: dossier.code ?? '' }) },
  ]
}

/** The receipt of an online submission: what was filed, when, and the expected date. */
export function submissionReceipt(dossier: ReceiptDossier, t: TFunction, lookupUrl: string): OfficialDocument {
  const at = dossier.submittedAt ?? new Date(0)
  const title = t('receipt.title')
  const blocks: Block[] = [
    letterhead(t, [dossier.agency.name], documentNumber(dossier.code, t('receipt.abbr')), placeName(dossier.agency.unit.name), at),
    { kind: 'title', text: title, subtitle: t('forms.dossierCode', { code: dossier.code ?? '' }) },
    { kind: 'field', label: t('receipt.applicant'), value: dossier.applicantName ?? '' },
    { kind: 'field', label: t('forms.fields.nationalId'), value: dossier.applicantNationalId ? maskNationalId(dossier.applicantNationalId) : '' },
    { kind: 'field', label: t('forms.fields.request'), value: dossier.procedure.name },
    { kind: 'field', label: t('dossier.submittedAt'), value: dossier.submittedAt ? formatDateTime(dossier.submittedAt) : '' },
    { kind: 'field', label: t('dossier.expectedDue'), value: dossier.dueAt ? formatDate(dossier.dueAt) : '' },
    { kind: 'paragraph', text: t('receipt.documents') },
    { kind: 'list', items: dossier.documents.map((d) => d.requiredDocument?.name).filter((name): name is string => !!name) },
    ...receiptFollowUp(dossier, t, lookupUrl),
    { kind: 'paragraph', italic: true, text: t('receipt.note') },
  ]
  return { title, blocks, at, subject: `dossier/${dossier.id}/receipt` }
}

interface PaidPayment {
  id: string
  reference: string
  amount: number
  paidAt: Date | null
  bankCode: string | null
  gatewayTransactionNo: string | null
  dossier: { code: string | null; applicantName: string | null; procedure: { name: string }; agency: { name: string; unit: { name: string } } }
}

/** The e-receipt of a fee paid online (its legal receipt fields: the payments module's work). */
export function paymentReceipt(payment: PaidPayment, t: TFunction): OfficialDocument {
  const at = payment.paidAt ?? new Date(0)
  const title = t('payment.receiptTitle')
  const blocks: Block[] = [
    letterhead(t, [payment.dossier.agency.name], documentNumber(payment.dossier.code, t('payment.receiptAbbr')), placeName(payment.dossier.agency.unit.name), at),
    { kind: 'title', text: title, subtitle: t('forms.dossierCode', { code: payment.dossier.code ?? '' }) },
    { kind: 'field', label: t('forms.fields.request'), value: payment.dossier.procedure.name },
    { kind: 'field', label: t('receipt.applicant'), value: payment.dossier.applicantName ?? '' },
    { kind: 'field', label: t('payment.amount'), value: t('money.vnd', { amount: formatAmount(payment.amount) }) },
    { kind: 'field', label: t('payment.paidAt'), value: payment.paidAt ? formatDateTime(payment.paidAt) : '' },
    { kind: 'field', label: t('payment.reference'), value: `${payment.reference} / ${payment.gatewayTransactionNo ?? ''} (${payment.bankCode ?? ''})` },
  ]
  return { title, blocks, at, subject: `payment/${payment.id}/receipt` }
}
