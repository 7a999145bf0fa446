import { describe, expect, it } from 'vitest'
import type { SessionUser } from '~/auth/session.server.ts'
import { sign, type VnpParams } from '~/domain/payments/vnpay.ts'
import { jobNames } from '~/jobs/queue.server.ts'
import '~/jobs/index.server.ts'
import { transition } from '~/models/dossier.server.ts'
import { paymentGateway } from '~/models/payment-gateway.server.ts'
import { checkPendingPayments, handleIpn, startPayment } from '~/models/payments.server.ts'
import { reconciliation } from '~/models/reconciliation.server.ts'
import * as sandbox from '~/routes/thanh-toan.sandbox.tsx'
import * as paymentResult from '~/routes/thanh-toan.vnpay.ket-qua.tsx'
import { answersFor, approve, counterDossier, staffUser } from '../support/dossiers.ts'
import { fileDossier } from '../support/filing.ts'
import { get, logIn, post } from '../support/routes.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const CITIZEN = '089090000001'

const user = async (where: { email?: string; nationalId?: string }) => (await database().prisma.user.findFirstOrThrow({ where })) as unknown as SessionUser
const an = () => user({ nationalId: CITIZEN })
const statusOf = async (id: string) => (await database().prisma.dossier.findUniqueOrThrow({ where: { id } })).status
const pay = async (id: string) => (await startPayment(database().prisma, id, await an(), '127.0.0.1', 'vn'))!
const referenceOf = (url: string) => new URL(url).searchParams.get('vnp_TxnRef')!

/** A land registration (fee due before the result) taken to AWAITING_PAYMENT for citizen An. */
async function awaitingPayment() {
  const { prisma } = database()
  const clerk = await staffUser(prisma, 'motcua.longxuyen@angiang.example')
  const specialist = await staffUser(prisma, 'chuyenvien.longxuyen@angiang.example')
  const approver = await staffUser(prisma, 'lanhdao.longxuyen@angiang.example')
  const { id } = await counterDossier(prisma, clerk, '1.012790', { name: 'Nguyễn Văn An', nationalId: CITIZEN, phone: '0912345678' })
  await approve(prisma, id, { clerk, specialist, approver })
  return id
}

/** A copy of a civil-status record filed online: 8.000 đồng due at submission. */
async function filedOnline() {
  const { prisma } = database()
  const procedure = await prisma.procedure.findUniqueOrThrow({ where: { code: '2.000635' } })
  return fileDossier(await logIn(prisma, CITIZEN), '2.000635', answersFor(procedure.formSchema))
}

/** What the gateway would send for the payment behind a payment URL. */
async function notificationFor(url: string, extra: VnpParams = {}): Promise<VnpParams> {
  const request = Object.fromEntries(new URL(url).searchParams)
  const params: VnpParams = {
    vnp_Amount: request.vnp_Amount!,
    vnp_TmnCode: request.vnp_TmnCode!,
    vnp_TxnRef: request.vnp_TxnRef!,
    vnp_ResponseCode: '00',
    vnp_TransactionStatus: '00',
    vnp_TransactionNo: '14000001',
    vnp_BankCode: 'NCB',
    ...extra,
  }
  return { ...params, vnp_SecureHash: sign(params, (await paymentGateway(database().prisma))!.hashSecret) }
}

/** The payer on the sandbox's page: the gateway takes the money and (unless lost) notifies us; where the payer lands. */
async function payAtSandbox(url: string, outcome: 'success' | 'successIpnLost' | 'cancel' = 'success') {
  const answer = await post(sandbox.action as never, url, { outcome, bank: 'NCB' })
  expect(answer.status).toBe(302)
  return answer.location!
}

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)

describe('online payment', () => {
  it('moves the dossier on only after a genuine IPN, once', async () => {
    const { prisma } = database()
    const id = await awaitingPayment()
    expect(await statusOf(id)).toBe('AWAITING_PAYMENT')
    const url = await pay(id)
    expect(url).toContain('/thanh-toan/sandbox?')
    const ipn = await notificationFor(url)
    const snapshot = async () => ({ dossier: await statusOf(id), payment: (await prisma.payment.findFirstOrThrow({ where: { reference: ipn.vnp_TxnRef } })).status })
    // Forged, wrong amount, unknown order: refused, nothing changes.
    expect(await handleIpn(prisma, { ...ipn, vnp_TransactionNo: 'x' })).toEqual({ RspCode: '97', Message: 'Invalid signature' })
    expect((await handleIpn(prisma, await notificationFor(url, { vnp_Amount: '100' }))).RspCode).toBe('04')
    expect((await handleIpn(prisma, await notificationFor(url, { vnp_TxnRef: 'PNOSUCHORDER' }))).RspCode).toBe('01')
    expect(await snapshot()).toEqual({ dossier: 'AWAITING_PAYMENT', payment: 'PENDING' })

    expect(await handleIpn(prisma, ipn)).toEqual({ RspCode: '00', Message: 'Confirm Success' })
    expect(await snapshot()).toEqual({ dossier: 'RESOLVED', payment: 'SUCCEEDED' })
    // A replay is acknowledged (02) and changes nothing; every word is kept, the forged one not.
    expect((await handleIpn(prisma, ipn)).RspCode).toBe('02')
    expect(await prisma.dossierEvent.count({ where: { dossierId: id, action: 'confirmPayment' } })).toBe(1)
    const words = await prisma.paymentNotification.findMany({ where: { payment: { reference: ipn.vnp_TxnRef } }, orderBy: { receivedAt: 'asc' } })
    expect(words.map((w) => [w.reply, w.effect])).toEqual([
      ['04', 'AMOUNT_MISMATCH'],
      ['00', 'APPLIED'],
      ['02', 'REPLAY'],
    ])
  })

  it('keeps the dossier after a cancelled payment and lets the payer retry with a new reference', async () => {
    const { prisma } = database()
    const id = await awaitingPayment()
    const first = await pay(id)
    await payAtSandbox(first, 'cancel')
    expect(await statusOf(id)).toBe('AWAITING_PAYMENT')
    const second = await pay(id)
    expect(referenceOf(second)).not.toBe(referenceOf(first))
    await payAtSandbox(second)
    const payments = await prisma.payment.findMany({ where: { dossierId: id }, orderBy: { createdAt: 'asc' } })
    expect(payments.map((p) => [p.status, p.applied])).toEqual([
      ['CANCELLED', false],
      ['SUCCEEDED', true],
    ])
    expect(await statusOf(id)).toBe('RESOLVED')
  })

  it('explains a failure on the return page, and links the receipt after a success', async () => {
    const id = await filedOnline()
    const failed = await get(paymentResult.loader as never, await payAtSandbox(await pay(id), 'cancel'))
    expect(failed.data).toMatchObject({ status: 'CANCELLED', reason: '24' })
    const paid = await get(paymentResult.loader as never, await payAtSandbox(await pay(id)))
    expect(paid.data).toMatchObject({ status: 'SUCCEEDED', applied: true, dossierId: id })
  })
})

describe('lost notifications and refunds, through the sandbox', () => {
  it('finds a payment whose IPN never came with querydr, on the schedule', async () => {
    const { prisma } = database()
    const id = await awaitingPayment()
    const url = await pay(id)
    await payAtSandbox(url, 'successIpnLost')
    expect((await prisma.payment.findUniqueOrThrow({ where: { reference: referenceOf(url) } })).status).toBe('PENDING')
    // Five minutes later the scheduled check asks the gateway.
    await checkPendingPayments(prisma, new Date(Date.now() + 5 * 60_000))
    const payment = await prisma.payment.findUniqueOrThrow({ where: { reference: referenceOf(url) }, include: { notifications: true } })
    expect([payment.status, payment.applied]).toEqual(['SUCCEEDED', true])
    expect(payment.notifications.map((w) => [w.source, w.effect])).toEqual([['QUERYDR', 'APPLIED']])
    expect(await statusOf(id)).toBe('RESOLVED')
  })

  it('finds it on the payer’s return too', async () => {
    const id = await filedOnline()
    const back = await payAtSandbox(await pay(id), 'successIpnLost')
    const page = await get(paymentResult.loader as never, back)
    expect(page.data).toMatchObject({ status: 'SUCCEEDED', applied: true })
    expect((await database().prisma.dossier.findUniqueOrThrow({ where: { id } })).paidOnline).toBe(8_000)
  })

  it('closes an attempt the gateway never saw once past its time', async () => {
    const { prisma } = database()
    const id = await filedOnline()
    const url = await pay(id)
    await prisma.payment.update({ where: { reference: referenceOf(url) }, data: { createdAt: new Date(Date.now() - 30 * 60_000), expiresAt: new Date(Date.now() - 15 * 60_000) } })
    // What the job the queue runs every five minutes does.
    expect(jobNames()).toContain('payment-status-check')
    await checkPendingPayments(prisma)
    expect((await prisma.payment.findUniqueOrThrow({ where: { reference: referenceOf(url) } })).status).toBe('EXPIRED')
    expect(referenceOf(await pay(id))).not.toBe(referenceOf(url))
  })

  it('sends a refund through the gateway’s refund API when a paid dossier is withdrawn', async () => {
    const { prisma } = database()
    const id = await filedOnline()
    const url = await pay(id)
    await payAtSandbox(url)
    const { version } = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    await transition(prisma, id, { action: 'withdraw', actor: await an(), version, reason: 'Không còn nhu cầu' })
    const refund = await prisma.refund.findFirstOrThrow({ where: { payment: { reference: referenceOf(url) } } })
    expect(refund).toMatchObject({ amount: 8_000, cause: 'DOSSIER_CLOSED', status: 'SUCCEEDED', responseCode: '00', attempts: 1 })
    expect(refund.gatewayTransactionNo).toMatch(/^\d{8}$/)
    // The gateway's ledger says the money went back; asking again is harmless.
    expect((await prisma.sandboxPayment.findFirstOrThrow({ where: { txnRef: referenceOf(url) } })).refundedAmount).toBe(8_000)
    const row = (await reconciliation(prisma, today())).split('\r\n').find((line) => line.includes(referenceOf(url)))
    expect(row).toContain('"8000","SUCCEEDED","yes"')
  })

  it('retries a refund the gateway refused, on the schedule', async () => {
    const { prisma } = database()
    const id = await filedOnline()
    const url = await pay(id)
    await payAtSandbox(url)
    // The gateway is down when the dossier is withdrawn: the sandbox's ledger does not have the payment yet.
    const ledger = await prisma.sandboxPayment.findFirstOrThrow({ where: { txnRef: referenceOf(url) } })
    await prisma.sandboxPayment.update({ where: { id: ledger.id }, data: { txnRef: 'ELSEWHERE' } })
    const { version } = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    await transition(prisma, id, { action: 'withdraw', actor: await an(), version, reason: 'Không còn nhu cầu' })
    expect((await prisma.refund.findFirstOrThrow({ where: { payment: { reference: referenceOf(url) } } })).status).toBe('FAILED')
    await prisma.sandboxPayment.update({ where: { id: ledger.id }, data: { txnRef: referenceOf(url) } })
    await checkPendingPayments(prisma)
    expect(await prisma.refund.findFirstOrThrow({ where: { payment: { reference: referenceOf(url) } } })).toMatchObject({ status: 'SUCCEEDED', attempts: 2 })
  })
})
