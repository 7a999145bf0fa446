// Refunds of online payments, sent through the gateway's refund API (VNPay `refund`, the whole amount). Each is
// sent by the `payment-refund` job and, until the gateway accepts it, again by the five-minute payment check;
// the gateway's own duplicate answer (94) counts as accepted, so sending twice is harmless. Cash refunds are
// handed back at the desk (MANUAL) and recorded by the clerk.
import { randomBytes } from 'node:crypto'
import type { PrismaClient } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { refundRequest, verifyApiResponse, vnpDate, type VnpParams } from '../domain/payments/vnpay.ts'
import { db } from '../db.server.ts'
import { defineJob, enqueue } from '../jobs/queue.server.ts'
import { logger } from '../logger.server.ts'
import { callMerchantApi, paymentGateway } from './payment-gateway.server.ts'

/** Tries before a refund is left to the finance office (shown in reconciliation as FAILED). */
const MAX_ATTEMPTS = 8

defineJob<{ refundId: string }>({
  name: 'payment-refund',
  retryLimit: 5,
  retryDelay: 60,
  handler: async ({ refundId }) => {
    if ((await sendRefund(await db(), refundId)) === 'refused') throw new Error('The gateway did not accept the refund yet')
  },
})

/** Hands refunds to the queue (at once when no queue runs in this process). */
export async function sendRefunds(prisma: PrismaClient, refundIds: string[]) {
  for (const refundId of refundIds) await enqueue('payment-refund', { refundId }, { singletonKey: refundId })
}

/** One try: the refund claimed (so two senders never both ask), asked for, and its answer kept. */
export async function sendRefund(prisma: PrismaClient, refundId: string): Promise<'sent' | 'refused' | 'skipped'> {
  const refund = await prisma.refund.findUnique({ where: { id: refundId }, include: { payment: { include: { dossier: { select: { code: true } } } } } })
  if (!refund || !['REQUESTED', 'FAILED'].includes(refund.status) || refund.attempts >= MAX_ATTEMPTS || refund.payment.gateway === 'cash') return 'skipped'
  const gateway = await paymentGateway(prisma)
  if (!gateway) return 'refused'
  const claimed = await prisma.refund.updateMany({ where: { id: refund.id, attempts: refund.attempts, status: refund.status }, data: { attempts: { increment: 1 } } })
  if (claimed.count === 0) return 'skipped'
  const { payment } = refund
  const body = refundRequest(gateway, {
    requestId: randomBytes(8).toString('hex'),
    reference: payment.reference,
    amount: refund.amount,
    transactionNo: payment.gatewayTransactionNo ?? '',
    transactionDate: vnpDate(payment.createdAt),
    createdBy: 'cong-dich-vu-cong',
    orderInfo: `Hoan tien ho so ${payment.dossier.code ?? ''}`.trim(),
    ipAddr: '127.0.0.1',
    transactionType: '02',
    now: new Date(),
  })
  let answer: VnpParams
  try {
    answer = await callMerchantApi(gateway, body)
  } catch (error) {
    await prisma.refund.update({ where: { id: refund.id }, data: { status: 'FAILED', lastError: (error as Error).message.slice(0, 500) } })
    return 'refused'
  }
  const verified = verifyApiResponse('refund', answer, gateway.hashSecret) && answer.vnp_TxnRef === payment.reference
  const accepted = verified && (answer.vnp_ResponseCode === '00' || answer.vnp_ResponseCode === '94')
  await prisma.refund.update({
    where: { id: refund.id },
    data: accepted
      ? { status: 'SUCCEEDED', responseCode: answer.vnp_ResponseCode, gatewayTransactionNo: answer.vnp_TransactionNo || null, completedAt: new Date(), lastError: null }
      : { status: 'FAILED', responseCode: answer.vnp_ResponseCode ?? null, lastError: verified ? (answer.vnp_Message ?? null) : 'The answer is not signed by the gateway' },
  })
  if (!accepted) logger.warn({ refundId: refund.id, code: answer.vnp_ResponseCode, verified }, 'refund not accepted')
  return accepted ? 'sent' : 'refused'
}

/** The clerk hands a cash refund back at the desk. */
export async function recordCashRefund(prisma: PrismaClient, refundId: string, clerk: SessionUser) {
  const { count } = await prisma.refund.updateMany({
    where: { id: refundId, status: 'MANUAL', payment: { gateway: 'cash', dossier: { agencyId: clerk.agencyId ?? '' } } },
    data: { status: 'SUCCEEDED', completedAt: new Date() },
  })
  return count === 1
}
