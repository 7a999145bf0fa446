// Fees paid online (VNPay or its sandbox) and at the desk. What the gateway says (its signed IPN, or its signed
// answer to our transaction query) is the only thing that changes an online payment, and every such word about a
// reference of ours is kept (PaymentNotification), whatever the attempt's state. A dossier has at most one open
// attempt (a partial unique index); money taken that the dossier does not need is refunded through the gateway.
// ADR 007 and 040.
import { randomBytes } from 'node:crypto'
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { isUniqueViolation } from '../db/errors.ts'
import { RULES, type Actor } from '../domain/dossier/lifecycle.ts'
import { closedWithoutResult, moneyOf, owedNow, type MoneyFacts } from '../domain/payments/balance.ts'
import { expiredAtOurSide, settle, type AttemptStatus, type Effect, type RefundCause } from '../domain/payments/settlement.ts'
import { ipnReply, paymentUrl, queryOutcome, queryRequest, readNotification, verifyApiResponse, vnpDate, type GatewayOutcome, type IpnReply, type VnpParams } from '../domain/payments/vnpay.ts'
import { logger } from '../logger.server.ts'
import { inProcessFetch } from '../utils/in-process-fetch.server.ts'
import { filerScope } from '../auth/access.server.ts'
import { recordEvent } from './dossier-events.server.ts'
import { notifyApplicant } from './dossier-notifications.server.ts'
import { callMerchantApi, ipnUrl, paymentGateway, returnUrl, type Gateway } from './payment-gateway.server.ts'
import { numberReceipt } from './receipt-books.server.ts'
import { sendRefunds } from './refunds.server.ts'

const PAYMENT_MINUTES = 15
/** A pending attempt is asked about once its IPN has had this long to arrive. */
const QUERY_AFTER_MS = 2 * 60_000
/** Our own address, as the transaction API asks who calls. */
const SERVER_IP = '127.0.0.1'

const withMoney = {
  procedure: { select: { name: true, paymentTiming: true } },
  feeCase: { select: { name: true, reductionPercent: true } },
  payments: { orderBy: { createdAt: 'desc' }, include: { refund: true } },
} satisfies Prisma.DossierInclude

type DossierWithMoney = Prisma.DossierGetPayload<{ include: typeof withMoney }>

/** The facts the money rules (domain/payments/balance.ts) read. */
export function moneyFacts(dossier: DossierWithMoney): MoneyFacts {
  return {
    status: dossier.status,
    outcome: dossier.outcome,
    feeAmount: dossier.feeAmount,
    feeCaseStatus: dossier.feeCaseStatus,
    paymentTiming: dossier.procedure.paymentTiming,
    payments: dossier.payments.map((p) => ({ amount: p.amount, status: p.status, applied: p.applied, refund: p.refund ? { amount: p.refund.amount, status: p.refund.status } : null })),
  }
}

/** A filer's dossier with a fee: what it owes, paid and got back, and what may be paid online now. */
export async function payableDossier(prisma: PrismaClient, dossierId: string, user: SessionUser) {
  const dossier = await prisma.dossier.findFirst({ where: { id: dossierId, code: { not: null }, ...filerScope(user) }, include: withMoney })
  if (!dossier || (dossier.feeAmount <= 0 && dossier.payments.length === 0 && !dossier.feeCaseId)) return null
  const facts = moneyFacts(dossier)
  const owed = owedNow(facts)
  return {
    dossier,
    money: moneyOf(facts),
    owed,
    /** The clerk has the applicant's exemption or reduction to decide before anything is paid. */
    waitingForFeeCase: dossier.feeCaseStatus === 'CLAIMED',
    online: owed > 0 && (await paymentGateway(prisma)) !== null,
  }
}

/** The gateway's page for an attempt (signed again with the attempt's own dates: the gateway knows it by them). */
function pageOf(gateway: Gateway, attempt: { reference: string; amount: number; createdAt: Date; expiresAt: Date }, code: string | null, ipAddr: string, locale: 'vn' | 'en') {
  return paymentUrl(gateway, {
    reference: attempt.reference,
    amount: attempt.amount,
    orderInfo: `Thanh toan phi ho so ${code ?? ''}`.trim(),
    returnUrl: returnUrl(),
    ipAddr,
    createdAt: attempt.createdAt,
    expiresAt: attempt.expiresAt,
    locale,
  })
}

/**
 * The gateway page where the payer pays what the dossier owes now. A dossier has one open attempt: asking again
 * (a second tab, a double click, six at once) leads to the same one. An attempt past its time, or for another
 * amount, is first asked about at the gateway, then closed, and a new one made; if the gateway later says the
 * closed one was paid after all, that money is refunded.
 */
export async function startPayment(prisma: PrismaClient, dossierId: string, user: SessionUser, ipAddr: string, locale: 'vn' | 'en'): Promise<string | null> {
  const gateway = await paymentGateway(prisma)
  if (!gateway) return null
  for (let tries = 0; tries < 3; tries++) {
    const payable = await payableDossier(prisma, dossierId, user)
    if (!payable || payable.owed <= 0) return null
    const now = new Date()
    const open = payable.dossier.payments.find((p) => p.status === 'PENDING')
    if (open && open.amount === payable.owed && open.expiresAt > now) return pageOf(gateway, open, payable.dossier.code, ipAddr, locale)
    if (open) {
      // The gateway may know better (a payment whose IPN was lost): ask before closing it.
      await checkPayment(prisma, open.id, gateway)
      await prisma.payment.updateMany({ where: { id: open.id, status: 'PENDING' }, data: { status: open.expiresAt <= now ? 'EXPIRED' : 'SUPERSEDED' } })
      continue
    }
    try {
      const created = await prisma.payment.create({
        data: { dossierId, reference: `P${randomBytes(6).toString('hex').toUpperCase()}`, gateway: 'vnpay', amount: payable.owed, expiresAt: new Date(now.getTime() + PAYMENT_MINUTES * 60_000) },
      })
      return pageOf(gateway, created, payable.dossier.code, ipAddr, locale)
    } catch (error) {
      // Another request opened the dossier's attempt first: the database allows one. Use that one.
      if (!isUniqueViolation(error)) throw error
    }
  }
  return null
}

interface Word {
  source: 'IPN' | 'QUERYDR'
  params: VnpParams
  outcome: GatewayOutcome
  amount: number
  transactionNo: string | null
  bankCode: string | null
}

/**
 * Keeps what the gateway said about one of our payments and applies it, in one transaction that holds the
 * dossier's row: two words about two attempts of one dossier are settled one after the other.
 */
async function receive(prisma: PrismaClient, paymentId: string, word: Word): Promise<{ reply: IpnReply['RspCode']; effect: Effect }> {
  const outcome = await prisma.$transaction(async (tx) => {
    const { dossierId } = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { dossierId: true } })
    await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${dossierId} FOR UPDATE`
    const dossier = await tx.dossier.findUniqueOrThrow({ where: { id: dossierId }, include: withMoney })
    const attempt = dossier.payments.find((p) => p.id === paymentId)!
    const facts = moneyFacts(dossier)
    const decided = settle({
      attempt: { status: attempt.status, amount: attempt.amount },
      said: { outcome: word.outcome, amount: word.amount },
      owed: owedNow(facts),
      closed: closedWithoutResult(dossier),
    })
    await tx.paymentNotification.create({
      data: {
        paymentId,
        source: word.source,
        params: word.params as Prisma.InputJsonValue,
        outcome: word.outcome,
        amount: word.amount,
        transactionNo: word.transactionNo,
        reply: word.source === 'IPN' ? decided.reply : null,
        effect: decided.effect,
        flagged: decided.flagged,
      },
    })
    if (decided.status) {
      await tx.payment.update({
        where: { id: paymentId },
        data: {
          status: decided.status,
          responseCode: word.params.vnp_ResponseCode ?? null,
          transactionStatus: word.params.vnp_TransactionStatus ?? null,
          gatewayTransactionNo: word.transactionNo,
          bankCode: word.bankCode,
          paidAt: decided.status === 'SUCCEEDED' ? new Date() : null,
          gatewayData: word.params as Prisma.InputJsonValue,
        },
      })
    }
    const resolves = decided.effect === 'APPLIED' ? await recordPaid(tx, attempt, 'SYSTEM', null) : false
    const refundId = decided.refund ? await createRefund(tx, attempt, decided.refund, refundReason(decided.refund)) : null
    return { reply: decided.reply, effect: decided.effect, dossierId, resolves, refundId }
  })
  if (outcome.resolves || outcome.effect === 'APPLIED') await notifyApplicant(prisma, outcome.dossierId, 'confirmPayment')
  if (outcome.refundId) await sendRefunds(prisma, [outcome.refundId])
  return { reply: outcome.reply, effect: outcome.effect }
}

const refundReason = (cause: RefundCause) =>
  ({ DOSSIER_CLOSED: 'Hồ sơ đã kết thúc không có kết quả', ALREADY_PAID: 'Hồ sơ đã được nộp phí', ATTEMPT_CLOSED: 'Giao dịch đã đóng trước khi thanh toán' })[cause]

/** The gateway's IPN: verified, kept, idempotent (a replay is answered 02 and changes nothing). */
export async function handleIpn(prisma: PrismaClient, params: VnpParams): Promise<IpnReply> {
  try {
    const gateway = await paymentGateway(prisma)
    if (!gateway) return ipnReply('99')
    const notice = readNotification(params, gateway)
    if (notice.kind === 'forged') return ipnReply('97')
    const payment = await prisma.payment.findUnique({ where: { reference: notice.reference }, select: { id: true, gateway: true } })
    if (!payment || payment.gateway === 'cash') return ipnReply('01')
    if (notice.kind === 'foreign') {
      // Signed with our secret but naming another merchant: kept for the finance office, changes nothing.
      await prisma.paymentNotification.create({
        data: { paymentId: payment.id, source: 'IPN', params: params as Prisma.InputJsonValue, outcome: 'FAILED', reply: '01', effect: 'WRONG_MERCHANT', flagged: true },
      })
      return ipnReply('01')
    }
    const { reply } = await receive(prisma, payment.id, { source: 'IPN', params, outcome: notice.outcome, amount: notice.amount, transactionNo: notice.transactionNo, bankCode: notice.bankCode })
    return ipnReply(reply)
  } catch (error) {
    logger.error({ err: error }, 'IPN failed')
    return ipnReply('99')
  }
}

/** GET /thanh-toan/vnpay/ipn as a request handler, for the route and for the sandbox (which calls it in process). */
export async function ipnEndpoint(prisma: PrismaClient, request: Request): Promise<Response> {
  const reply = await handleIpn(prisma, Object.fromEntries(new URL(request.url).searchParams))
  return Response.json(reply, { headers: { 'Cache-Control': 'no-store' } })
}

/** The sandbox delivers its IPN to the merchant's IPN address, handled in this process (no socket, no Host header). */
export async function deliverSandboxIpn(prisma: PrismaClient, query: string) {
  await inProcessFetch((request) => ipnEndpoint(prisma, request))(`${ipnUrl()}?${query}`)
}

/**
 * Asks the gateway what happened to a pending attempt (VNPay querydr) and applies its signed answer like an IPN.
 * An attempt the gateway never finished is closed by our clock once past its time.
 */
export async function checkPayment(prisma: PrismaClient, paymentId: string, known?: Gateway) {
  const gateway = known ?? (await paymentGateway(prisma))
  const payment = await prisma.payment.findUnique({ where: { id: paymentId }, include: { dossier: { select: { code: true } } } })
  if (!gateway || !payment || payment.gateway === 'cash' || payment.status !== 'PENDING') return
  const body = queryRequest(gateway, {
    requestId: randomBytes(8).toString('hex'),
    reference: payment.reference,
    transactionDate: vnpDate(payment.createdAt),
    orderInfo: `Truy van giao dich ${payment.reference}`,
    ipAddr: SERVER_IP,
    now: new Date(),
  })
  let answer: VnpParams
  try {
    answer = await callMerchantApi(gateway, body)
  } catch (error) {
    logger.warn({ err: error, reference: payment.reference }, 'querydr failed')
    return
  }
  await prisma.payment.update({ where: { id: payment.id }, data: { checkedAt: new Date() } })
  if (!verifyApiResponse('querydr', answer, gateway.hashSecret) || answer.vnp_TmnCode !== gateway.tmnCode || answer.vnp_TxnRef !== payment.reference) {
    logger.warn({ reference: payment.reference, code: answer.vnp_ResponseCode }, 'querydr answer not verified')
    return
  }
  const said = queryOutcome(answer)
  if (said === 'ERROR') return
  if (said === 'SUCCEEDED' || said === 'FAILED') {
    await receive(prisma, payment.id, {
      source: 'QUERYDR',
      params: answer,
      outcome: said,
      amount: Number(answer.vnp_Amount) / 100,
      transactionNo: answer.vnp_TransactionNo || null,
      bankCode: answer.vnp_BankCode || null,
    })
    return
  }
  // Not finished at the gateway, or never got there: kept, and closed by our clock once past its time.
  const expire = expiredAtOurSide(payment, new Date())
  await prisma.paymentNotification.create({ data: { paymentId: payment.id, source: 'QUERYDR', params: answer as Prisma.InputJsonValue, outcome: 'PENDING', effect: expire ? 'SETTLED' : 'NONE' } })
  if (expire) await prisma.payment.updateMany({ where: { id: payment.id, status: 'PENDING' }, data: { status: 'EXPIRED' } })
}

/** The scheduled check (every five minutes, jobs/index.server.ts): pending attempts whose IPN never came, and refunds still to send. */
export async function checkPendingPayments(prisma: PrismaClient, now = new Date()) {
  const gateway = await paymentGateway(prisma)
  if (gateway) {
    const stale = await prisma.payment.findMany({
      where: { status: 'PENDING', gateway: { not: 'cash' }, createdAt: { lt: new Date(now.getTime() - QUERY_AFTER_MS) } },
      orderBy: { createdAt: 'asc' },
      take: 100,
      select: { id: true },
    })
    for (const { id } of stale) await checkPayment(prisma, id, gateway)
  }
  const unsent = await prisma.refund.findMany({ where: { status: { in: ['REQUESTED', 'FAILED'] } }, select: { id: true }, take: 100 })
  await sendRefunds(
    prisma,
    unsent.map((r) => r.id),
  )
}

interface SettledPayment {
  id: string
  dossierId: string
  amount: number
  gateway: string
}

/**
 * The dossier's fee is settled by this payment: it gets its receipt number, the dossier keeps what was paid
 * online, and one awaiting payment moves on by the `confirmPayment` rule of the life cycle (the gateway is its
 * SYSTEM actor, the clerk taking cash its CLERK). Other open attempts close. True: the dossier moved on.
 */
async function recordPaid(tx: Prisma.TransactionClient, payment: SettledPayment, actor: Actor, actorId: string | null) {
  const dossier = await tx.dossier.findUniqueOrThrow({ where: { id: payment.dossierId }, select: { id: true, status: true, agencyId: true } })
  const now = new Date()
  const receiptNumber = await numberReceipt(tx, payment.id, dossier.agencyId, now)
  await tx.payment.update({ where: { id: payment.id }, data: { applied: true } })
  await tx.payment.updateMany({ where: { dossierId: dossier.id, status: 'PENDING', id: { not: payment.id } }, data: { status: 'SUPERSEDED' } })
  const rule = RULES.confirmPayment
  const resolves = rule.from.includes(dossier.status) && rule.actors.includes(actor)
  const to = resolves ? rule.to! : dossier.status
  await tx.dossier.update({
    where: { id: dossier.id },
    data: { ...(payment.gateway !== 'cash' && { paidOnline: { increment: payment.amount } }), ...(resolves && { status: to, resolvedAt: now, version: { increment: 1 } }) },
  })
  await recordEvent(tx, {
    dossierId: dossier.id,
    action: 'confirmPayment',
    actorId,
    at: now,
    fromStatus: dossier.status,
    toStatus: to,
    data: { amount: payment.amount, paymentId: payment.id, method: payment.gateway === 'cash' ? 'CASH' : 'ONLINE', receiptNumber },
  })
  return resolves
}

/** One refund per payment: through the gateway for online payments, at the desk for cash. Null if it had one. */
async function createRefund(tx: Prisma.TransactionClient, payment: SettledPayment, cause: RefundCause, reason: string) {
  const created = await tx.refund.createManyAndReturn({
    data: [{ paymentId: payment.id, amount: payment.amount, cause, reason, status: payment.gateway === 'cash' ? 'MANUAL' : 'REQUESTED' }],
    skipDuplicates: true,
    select: { id: true, status: true },
  })
  return created[0]?.status === 'REQUESTED' ? created[0].id : null
}

/**
 * A dossier that ended without a result for the payer (refused, refused on the merits, withdrawn, stopped): what
 * was paid goes back, and an attempt still open is cancelled (if the gateway later says it was paid, that is
 * refunded too).
 */
export async function refundIfPaid(prisma: PrismaClient, dossierId: string, reason: string) {
  const refundIds = await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${dossierId} FOR UPDATE`
    await tx.payment.updateMany({ where: { dossierId, status: 'PENDING' }, data: { status: 'CANCELLED' } })
    const paid = await tx.payment.findMany({ where: { dossierId, status: 'SUCCEEDED', refund: null } })
    const ids: string[] = []
    for (const payment of paid) {
      const id = await createRefund(tx, payment, 'DOSSIER_CLOSED', reason)
      if (id) ids.push(id)
    }
    return ids
  })
  await sendRefunds(prisma, refundIds)
}

/** A cash payment taken by the clerk at the desk: the whole amount owed now, with its receipt. */
export async function recordCashPayment(prisma: PrismaClient, dossierId: string, clerk: SessionUser) {
  const done = await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Dossier" WHERE "id" = ${dossierId} FOR UPDATE`
    const dossier = await tx.dossier.findFirst({ where: { id: dossierId, agencyId: clerk.agencyId ?? '' }, include: withMoney })
    if (!dossier) return null
    const owed = owedNow(moneyFacts(dossier))
    if (owed <= 0) return null
    // An online attempt still open is closed first: the desk takes the money now.
    await tx.payment.updateMany({ where: { dossierId, status: 'PENDING' }, data: { status: 'SUPERSEDED' } })
    const now = new Date()
    const payment = await tx.payment.create({
      data: { dossierId, reference: `C${randomBytes(6).toString('hex').toUpperCase()}`, gateway: 'cash', amount: owed, status: 'SUCCEEDED', paidAt: now, expiresAt: now, collectedById: clerk.id },
    })
    const resolves = await recordPaid(tx, payment, 'CLERK', clerk.id)
    return { paymentId: payment.id, resolves }
  })
  if (done) await notifyApplicant(prisma, dossierId, 'confirmPayment')
  return done
}

/** What the payer comes back to: our record of the attempt, asked about at the gateway first if still pending. */
export async function paymentOnReturn(prisma: PrismaClient, params: VnpParams) {
  const gateway = await paymentGateway(prisma)
  const notice = gateway ? readNotification(params, gateway) : ({ kind: 'forged' } as const)
  if (notice.kind !== 'notice') return null
  const find = () => prisma.payment.findUnique({ where: { reference: notice.reference }, include: { dossier: { select: { id: true, code: true } } } })
  const payment = await find()
  if (payment?.status !== 'PENDING') return payment
  await checkPayment(prisma, payment.id, gateway!)
  return find()
}

/** The statuses a payment can be in, for pages. */
export type { AttemptStatus }
