import { describe, expect, it } from 'vitest'
import type { SessionUser } from '~/auth/session.server.ts'
import { sign, type VnpParams } from '~/domain/payments/vnpay.ts'
import { transition } from '~/models/dossier.server.ts'
import { approve, counterDossier } from '../support/dossiers.ts'
import { gatewayConfig, handleIpn, reconciliation, startPayment } from '~/models/payments.server.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const ORIGIN = 'http://127.0.0.1:3000'
const secret = gatewayConfig(ORIGIN).hashSecret

const user = async (where: { email?: string; nationalId?: string }) =>
  (await database().prisma.user.findFirstOrThrow({ where })) as unknown as SessionUser

/** A land registration (fee due before the result) taken to AWAITING_PAYMENT for citizen An. */
async function awaitingPayment() {
  const { prisma } = database()
  const clerk = await user({ email: 'motcua.longxuyen@angiang.example' })
  const specialist = await user({ email: 'chuyenvien.longxuyen@angiang.example' })
  const approver = await user({ email: 'lanhdao.longxuyen@angiang.example' })
  const { id } = await counterDossier(prisma, clerk, '1.012790', { name: 'Nguyễn Văn An', nationalId: '089090000001', phone: '0912345678' })
  await approve(prisma, id, { clerk, specialist, approver })
  return id
}

/** What the gateway would send for the payment behind a payment URL. */
function notificationFor(url: string, extra: VnpParams = {}): VnpParams {
  const request = Object.fromEntries(new URL(url).searchParams)
  const params: VnpParams = { vnp_Amount: request.vnp_Amount!, vnp_TmnCode: request.vnp_TmnCode!, vnp_TxnRef: request.vnp_TxnRef!, vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_TransactionNo: '14000001', vnp_BankCode: 'NCB', ...extra }
  return { ...params, vnp_SecureHash: sign(params, secret) }
}

describe('online payment', () => {
  it('moves the dossier on only after a genuine IPN, once', async () => {
    const { prisma } = database()
    const id = await awaitingPayment()
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id } })).status).toBe('AWAITING_PAYMENT')
    const an = await user({ nationalId: '089090000001' })
    const url = (await startPayment(prisma, id, an, ORIGIN, '127.0.0.1', 'vn'))!
    expect(url).toContain('/thanh-toan/sandbox?')
    const ipn = notificationFor(url)

    const snapshot = async () => ({
      dossier: (await prisma.dossier.findUniqueOrThrow({ where: { id } })).status,
      payment: (await prisma.payment.findFirstOrThrow({ where: { reference: ipn.vnp_TxnRef } })).status,
    })
    // Forged, wrong amount, unknown order: refused, nothing changes.
    expect(await handleIpn(prisma, { ...ipn, vnp_ResponseCode: '00', vnp_TransactionNo: 'x' }, ORIGIN)).toEqual({ RspCode: '97', Message: 'Invalid signature' })
    expect((await handleIpn(prisma, notificationFor(url, { vnp_Amount: '100' }), ORIGIN)).RspCode).toBe('04')
    const unknown: VnpParams = { vnp_TxnRef: 'PNOSUCHORDER', vnp_Amount: ipn.vnp_Amount!, vnp_ResponseCode: '00', vnp_TransactionStatus: '00' }
    expect((await handleIpn(prisma, { ...unknown, vnp_SecureHash: sign(unknown, secret) }, ORIGIN)).RspCode).toBe('01')
    expect(await snapshot()).toEqual({ dossier: 'AWAITING_PAYMENT', payment: 'PENDING' })

    expect(await handleIpn(prisma, ipn, ORIGIN)).toEqual({ RspCode: '00', Message: 'Confirm Success' })
    expect(await snapshot()).toEqual({ dossier: 'RESOLVED', payment: 'SUCCEEDED' })
    // A replay is acknowledged (02) and changes nothing.
    expect((await handleIpn(prisma, ipn, ORIGIN)).RspCode).toBe('02')
    expect(await prisma.dossierEvent.count({ where: { dossierId: id, action: 'confirmPayment' } })).toBe(1)
  })

  it('keeps the dossier after a cancelled payment and lets the payer retry with a new reference', async () => {
    const { prisma } = database()
    const id = await awaitingPayment()
    const an = await user({ nationalId: '089090000001' })
    const first = (await startPayment(prisma, id, an, ORIGIN, '127.0.0.1', 'vn'))!
    expect((await handleIpn(prisma, notificationFor(first, { vnp_ResponseCode: '24', vnp_TransactionStatus: '02' }), ORIGIN)).RspCode).toBe('00')
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id } })).status).toBe('AWAITING_PAYMENT')
    const second = (await startPayment(prisma, id, an, ORIGIN, '127.0.0.1', 'vn'))!
    const ref = (u: string) => new URL(u).searchParams.get('vnp_TxnRef')
    expect(ref(second)).not.toBe(ref(first))
    await handleIpn(prisma, notificationFor(second), ORIGIN)
    const payments = await prisma.payment.findMany({ where: { dossierId: id }, orderBy: { createdAt: 'asc' } })
    expect(payments.map((p) => p.status)).toEqual(['CANCELLED', 'SUCCEEDED'])
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id } })).status).toBe('RESOLVED')
  })

  it('records a refund when a paid dossier is withdrawn, and reconciles the day as CSV', async () => {
    const { prisma } = database()
    const an = await user({ nationalId: '089090000001' })
    const target = await prisma.dossier.findFirstOrThrow({ where: { applicantId: an.id, status: 'IN_PROGRESS' } })
    await prisma.payment.create({ data: { dossierId: target.id, reference: 'PREFUNDTEST1', gateway: 'vnpay', amount: 50_000, status: 'SUCCEEDED', expiresAt: new Date() } })
    const paid = await prisma.payment.findMany({ where: { dossierId: target.id, status: 'SUCCEEDED' } })
    await transition(prisma, target.id, { action: 'withdraw', actor: an, version: target.version, reason: 'Không còn nhu cầu' })
    const refunds = await prisma.refund.findMany({ where: { payment: { dossierId: target.id } } })
    expect(refunds.map((r) => r.amount).sort()).toEqual(paid.map((p) => p.amount).sort())

    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)
    const csv = await reconciliation(prisma, today)
    const lines = csv.trim().split('\r\n')
    expect(lines[0]).toContain('"reference","dossier","amount_vnd","our_status"')
    expect(lines.some((l) => l.includes('"SUCCEEDED"') && l.endsWith('"yes"'))).toBe(true)
    expect(lines.some((l) => l.includes('"CANCELLED"'))).toBe(true)
  })
})
