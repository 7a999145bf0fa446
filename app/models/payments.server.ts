// Online payment of fees. Only the gateway's signed notification (IPN) changes a payment's state; it is
// idempotent, and the dossier never depends on a payment succeeding to exist.
import { randomBytes } from 'node:crypto'
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { RULES } from '../domain/dossier/lifecycle.ts'
import { isOneOf, UNDECIDED_STATUSES } from '../domain/dossier/status.ts'
import { ipnDecision, paymentUrl, type GatewayConfig, type IpnReply, type VnpParams } from '../domain/payments/vnpay.ts'
import { filerScope } from '../auth/access.server.ts'
import { notifyApplicant } from './dossier-notifications.server.ts'
import { recordEvent } from './dossier-events.server.ts'

const PAYMENT_MINUTES = 15
/** Used only when no merchant account is configured: the built-in sandbox speaks VNPay with this secret. */
const SANDBOX_SECRET = 'SANDBOX-HASH-SECRET-DVC-AN-GIANG'

export function gatewayConfig(origin: string): GatewayConfig {
  return {
    tmnCode: process.env.VNPAY_TMN_CODE ?? 'DVCSBX01',
    hashSecret: process.env.VNPAY_HASH_SECRET ?? SANDBOX_SECRET,
    paymentUrl: process.env.VNPAY_PAYMENT_URL ?? `${origin}/thanh-toan/sandbox`,
  }
}

export const isSandbox = () => !process.env.VNPAY_PAYMENT_URL

/** Where a fee is owed now: at submission (once submitted) or before the result (awaiting payment). */
export async function payableDossier(prisma: PrismaClient, dossierId: string, user: SessionUser) {
  const dossier = await prisma.dossier.findFirst({
    where: { id: dossierId, code: { not: null }, ...filerScope(user) },
    include: { procedure: { select: { name: true, paymentTiming: true } }, payments: { orderBy: { createdAt: 'desc' } } },
  })
  if (!dossier || dossier.feeAmount <= 0) return null
  const paid = dossier.payments.some((p) => p.status === 'SUCCEEDED')
  const due =
    !paid &&
    ((dossier.procedure.paymentTiming === 'AT_SUBMISSION' && isOneOf(dossier.status, UNDECIDED_STATUSES)) ||
      dossier.status === 'AWAITING_PAYMENT')
  return { dossier, paid, due }
}

/** A new payment with a new reference (a retry after a cancel or an expiry gets its own). */
export async function startPayment(prisma: PrismaClient, dossierId: string, user: SessionUser, origin: string, ipAddr: string, locale: 'vn' | 'en') {
  const payable = await payableDossier(prisma, dossierId, user)
  if (!payable?.due) return null
  const now = new Date()
  // Earlier attempts still open end here: past their time they expired, otherwise they are abandoned.
  await prisma.payment.updateMany({ where: { dossierId, status: 'PENDING', expiresAt: { lt: now } }, data: { status: 'EXPIRED' } })
  await prisma.payment.updateMany({ where: { dossierId, status: 'PENDING' }, data: { status: 'CANCELLED' } })
  const reference = `P${randomBytes(6).toString('hex').toUpperCase()}`
  const payment = await prisma.payment.create({
    data: { dossierId, reference, gateway: 'vnpay', amount: payable.dossier.feeAmount, expiresAt: new Date(now.getTime() + PAYMENT_MINUTES * 60_000) },
  })
  return paymentUrl(gatewayConfig(origin), {
    reference: payment.reference,
    amount: payment.amount,
    orderInfo: `Thanh toan phi ho so ${payable.dossier.code}`,
    returnUrl: `${origin}/thanh-toan/vnpay/ket-qua`,
    ipAddr,
    createdAt: now,
    expiresAt: payment.expiresAt,
    locale,
  })
}

/** The IPN: verified, idempotent, one transaction for the payment; the dossier moves on after it. */
export async function handleIpn(prisma: PrismaClient, params: VnpParams, origin: string): Promise<IpnReply> {
  try {
    const payment = await prisma.payment.findUnique({ where: { reference: params.vnp_TxnRef ?? '' } })
    const { reply, outcome } = ipnDecision(params, gatewayConfig(origin).hashSecret, payment)
    if (!outcome || !payment) return reply
    // The payment, what the dossier records of it and its timeline event commit together or not at all.
    const settled = await prisma.$transaction(async (tx) => {
      const won = await tx.payment.updateMany({
        where: { id: payment.id, status: 'PENDING' },
        data: {
          status: outcome,
          responseCode: params.vnp_ResponseCode ?? null,
          transactionStatus: params.vnp_TransactionStatus ?? null,
          gatewayTransactionNo: params.vnp_TransactionNo ?? null,
          bankCode: params.vnp_BankCode ?? null,
          paidAt: outcome === 'SUCCEEDED' ? new Date() : null,
          gatewayData: params as Prisma.InputJsonValue,
        },
      })
      if (won.count === 0) return null
      return outcome === 'SUCCEEDED' ? recordPaid(tx, payment.dossierId, payment.amount) : false
    })
    if (settled === null) return { RspCode: '02', Message: 'Order already confirmed' }
    if (settled) await notifyApplicant(prisma, payment.dossierId, 'confirmPayment')
    return reply
  } catch (error) {
    console.error('IPN failed:', (error as Error).message)
    return { RspCode: '99', Message: 'Unknown error' }
  }
}

/**
 * The dossier keeps what was paid online; one awaiting payment moves on by the `confirmPayment` rule of the
 * transition table (true: the applicant is told). A fee paid at submission leaves the status alone.
 */
async function recordPaid(tx: Prisma.TransactionClient, dossierId: string, amount: number) {
  const dossier = await tx.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true } })
  const rule = RULES.confirmPayment
  const to = rule.from.includes(dossier.status) ? rule.to! : dossier.status
  const resolves = to !== dossier.status
  const now = new Date()
  await tx.dossier.update({
    where: { id: dossierId },
    data: { paidOnline: { increment: amount }, ...(resolves && { status: to, resolvedAt: now, version: { increment: 1 } }) },
  })
  await recordEvent(tx, { dossierId, action: 'confirmPayment', at: now, fromStatus: dossier.status, toStatus: to, data: { amount } })
  return resolves
}

export function paymentByReference(prisma: PrismaClient, reference: string) {
  return prisma.payment.findUnique({ where: { reference }, include: { dossier: { select: { id: true, code: true } } } })
}

/** Paid fees are refunded (as their own records) when the dossier ends without a result for the payer. */
export async function refundIfPaid(prisma: PrismaClient, dossierId: string, reason: string) {
  const paid = await prisma.payment.findMany({ where: { dossierId, status: 'SUCCEEDED', refunds: { none: {} } } })
  for (const payment of paid) await prisma.refund.create({ data: { paymentId: payment.id, amount: payment.amount, reason } })
}

/** One day's payments, ours against what the gateway notified, as CSV rows. */
export async function reconciliation(prisma: PrismaClient, day: string) {
  const from = new Date(`${day}T00:00:00+07:00`)
  const to = new Date(from.getTime() + 86_400_000)
  const payments = await prisma.payment.findMany({
    where: { createdAt: { gte: from, lt: to } },
    orderBy: { createdAt: 'asc' },
    include: { dossier: { select: { code: true } }, refunds: true },
  })
  const header = ['reference', 'dossier', 'amount_vnd', 'our_status', 'gateway_response', 'gateway_status', 'gateway_amount_vnd', 'gateway_transaction', 'refunded_vnd', 'match']
  const rows = payments.map((p) => {
    const g = (p.gatewayData ?? {}) as VnpParams
    const gatewayAmount = g.vnp_Amount ? Number(g.vnp_Amount) / 100 : ''
    const gatewaySaysPaid = g.vnp_ResponseCode === '00' && g.vnp_TransactionStatus === '00'
    const match = p.status === 'PENDING' ? 'pending' : (p.status === 'SUCCEEDED') === gatewaySaysPaid && (gatewayAmount === '' || gatewayAmount === p.amount) ? 'yes' : 'NO'
    return [p.reference, p.dossier.code ?? '', p.amount, p.status, g.vnp_ResponseCode ?? '', g.vnp_TransactionStatus ?? '', gatewayAmount, p.gatewayTransactionNo ?? '', p.refunds.reduce((s, r) => s + r.amount, 0), match]
  })
  return [header, ...rows].map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n'
}
