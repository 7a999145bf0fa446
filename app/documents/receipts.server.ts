// What the portal hands the applicant besides the one-stop forms: the receipt of an online submission and the
// electronic receipt of a fee paid online or at the desk. Both are issued like every agency document (signed,
// with a verification code).
import type { TFunction } from 'i18next'
import type { Prisma } from '../../prisma/generated/client.ts'
import { documentNumber, placeName } from '../domain/documents/official.ts'
import { amountInWords } from '../domain/payments/amount-in-words.ts'
import { formatAmount, formatDate, formatDateTime } from '../domain/format.ts'
import { maskNationalId } from '../domain/identity/national-id.ts'
import { stillToPay } from '../domain/payments/still-to-pay.ts'
import { formatPhone } from '../domain/support/directory.ts'
import type { Block } from './blocks.ts'
import { letterhead, type OfficialDocument } from './forms.server.ts'

export const receiptAgency = { select: { id: true, code: true, name: true, address: true, taxCode: true, unit: { select: { name: true } } } } satisfies Prisma.AgencyDefaultArgs

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
    {
      kind: 'field',
      label: t('supportPoint.receipt.stillToPay'),
      value: due ? t(`supportPoint.receipt.due.${due.when}`, { amount: t('money.vnd', { amount: formatAmount(due.amount) }) }) : t('supportPoint.receipt.nothingToPay'),
    },
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

/** What the e-receipt of a fee paid online or in cash at the desk says (ADR 040 lists the legal fields). */
export interface ReceiptPayment {
  id: string
  reference: string
  amount: number
  paidAt: Date | null
  gateway: string
  bankCode: string | null
  gatewayTransactionNo: string | null
  /** The book's form symbol and series, and the receipt's number in it. */
  book: { form: string; series: string }
  number: string
  /** The clerk who took cash. */
  collector: string | null
  dossier: {
    code: string | null
    applicantName: string | null
    applicantNationalId: string | null
    applicantAddress: string | null
    feeAmount: number
    feeBeforeCase: number | null
    feeCaseStatus: string | null
    feeCase: { name: string; reductionPercent: number } | null
    procedure: { name: string; fees: { name: string; amount: number }[] }
    agency: { name: string; address: string | null; taxCode: string | null; unit: { name: string } }
  }
}

/**
 * The fee's lines: the procedure's fees when they add up to what the dossier was charged (less an accepted
 * exemption or reduction), else one line for the amount paid.
 */
function feeLines(payment: ReceiptPayment, t: TFunction, vnd: (amount: number) => string): string[][] {
  const { dossier } = payment
  const full = dossier.feeBeforeCase ?? dossier.feeAmount
  const reduction = dossier.feeCaseStatus === 'ACCEPTED' && dossier.feeCase ? full - dossier.feeAmount : 0
  const itemised = dossier.procedure.fees.length > 0 && dossier.procedure.fees.reduce((sum, fee) => sum + fee.amount, 0) === full && full - reduction === payment.amount
  const rows = itemised
    ? dossier.procedure.fees.map((fee, i) => [String(i + 1), fee.name, vnd(fee.amount)])
    : [['1', dossier.procedure.fees.map((fee) => fee.name).join('; ') || t('receipt.payment.fees'), vnd(payment.amount)]]
  if (itemised && reduction > 0) rows.push(['', t('receipt.payment.reduction', { name: dossier.feeCase!.name, percent: dossier.feeCase!.reductionPercent }), `-${vnd(reduction)}`])
  rows.push(['', t('receipt.payment.total'), vnd(payment.amount)])
  return rows
}

/**
 * The e-receipt of a fee or charge ("biên lai thu phí, lệ phí" without a printed denomination): form symbol,
 * series and number; the collecting unit's name, tax code and address; the payer; the fee; the amount in
 * figures and in words; how and when it was paid; the collector. Sealed with the agency's digital signature
 * and a QR code to its verification page when issued.
 */
export function paymentReceipt(payment: ReceiptPayment, t: TFunction): OfficialDocument {
  const at = payment.paidAt ?? new Date(0)
  const { dossier } = payment
  const vnd = (amount: number) => t('money.vnd', { amount: formatAmount(amount) })
  const title = t('payment.receiptTitle')
  const method = payment.gateway === 'cash' ? t('receipt.payment.cash') : t('receipt.payment.online', { transaction: payment.gatewayTransactionNo ?? payment.reference, bank: payment.bankCode ?? '—' })
  const blocks: Block[] = [
    letterhead(t, [dossier.agency.name], payment.number, placeName(dossier.agency.unit.name), at),
    { kind: 'title', text: title, subtitle: t('receipt.payment.kind') },
    { kind: 'paragraph', text: t('receipt.payment.identity', { form: payment.book.form, series: payment.book.series, number: payment.number }) },
    { kind: 'heading', text: t('receipt.payment.collector') },
    { kind: 'field', label: t('receipt.payment.unit'), value: dossier.agency.name },
    { kind: 'field', label: t('receipt.payment.taxCode'), value: dossier.agency.taxCode ?? '—' },
    { kind: 'field', label: t('forms.fields.address'), value: dossier.agency.address ?? '—' },
    { kind: 'heading', text: t('receipt.payment.payer') },
    { kind: 'field', label: t('receipt.payment.payerName'), value: dossier.applicantName ?? '' },
    { kind: 'field', label: t('forms.fields.nationalId'), value: dossier.applicantNationalId ? maskNationalId(dossier.applicantNationalId) : '—' },
    { kind: 'field', label: t('forms.fields.address'), value: dossier.applicantAddress ?? '—' },
    { kind: 'field', label: t('receipt.payment.for'), value: dossier.code ?? '' },
    {
      kind: 'table',
      columns: [
        { header: t('receipt.payment.line'), width: 1 },
        { header: t('receipt.payment.feeName'), width: 6 },
        { header: t('receipt.payment.amount'), width: 3 },
      ],
      rows: feeLines(payment, t, vnd),
    },
    { kind: 'field', label: t('receipt.payment.inFigures'), value: vnd(payment.amount) },
    { kind: 'field', label: t('receipt.payment.inWords'), value: `${amountInWords(payment.amount)}.` },
    { kind: 'field', label: t('receipt.payment.method'), value: method },
    { kind: 'field', label: t('receipt.payment.paidAt'), value: formatDateTime(at) },
    {
      kind: 'signatures',
      // An e-receipt is signed by the collector alone (the payer does not sign it).
      parties: [{ title: t('receipt.payment.collectorSigns'), note: t('receipt.payment.signedDigitally'), name: payment.collector ?? dossier.agency.name }],
    },
  ]
  return { title, blocks, at, subject: `payment/${payment.id}/receipt` }
}
