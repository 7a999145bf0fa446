// The cases of issue 17, as an attacker and an unlucky citizen found them: money is never taken twice without a
// refund, a notification is never lost to our records, and the gateway's sandbox cannot be turned against us.
import { describe, expect, it } from 'vitest'
import type { SessionUser } from '~/auth/session.server.ts'
import { openDatabase } from '~/db.server.ts'
import { sign, type VnpParams } from '~/domain/payments/vnpay.ts'
import { transition } from '~/models/dossier.server.ts'
import { paymentGateway } from '~/models/payment-gateway.server.ts'
import { completeSandboxPayment, sandboxMerchant } from '~/models/payment-sandbox.server.ts'
import { handleIpn, startPayment } from '~/models/payments.server.ts'
import { reconciliation } from '~/models/reconciliation.server.ts'
import * as sandbox from '~/routes/thanh-toan.sandbox.tsx'
import { answersFor } from '../support/dossiers.ts'
import { fileDossier } from '../support/filing.ts'
import { get, logIn, post } from '../support/routes.ts'
import { onPostgres, useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const ORIGIN = 'http://localhost:3000'
const COPY_OF_RECORD = '2.000635' // 8.000 đồng, due at submission
const CITIZEN = '089090000001'

const citizen = async () => (await database().prisma.user.findFirstOrThrow({ where: { nationalId: CITIZEN } })) as unknown as SessionUser

/** A dossier filed online whose fee is due now. */
async function filedWithFee() {
  const { prisma } = database()
  const procedure = await prisma.procedure.findUniqueOrThrow({ where: { code: COPY_OF_RECORD } })
  return fileDossier(await logIn(prisma, CITIZEN), COPY_OF_RECORD, answersFor(procedure.formSchema))
}

const pay = async (dossierId: string) => (await startPayment(database().prisma, dossierId, await citizen(), '127.0.0.1', 'vn'))!
const secret = async () => (await paymentGateway(database().prisma))!.hashSecret

/** The payer pays the page at the (sandbox) gateway; what its IPN would say, signed with the merchant's secret. */
async function paidAtGateway(url: string): Promise<VnpParams | null> {
  const { prisma } = database()
  const paid = await completeSandboxPayment(prisma, Object.fromEntries(new URL(url).searchParams), await sandboxMerchant(prisma), 'success', 'NCB')
  // A reference the gateway already took money for cannot be paid again (VNPay code 01).
  return 'refused' in paid ? null : Object.fromEntries(new URLSearchParams(paid.query))
}

/** A notification signed with the merchant's secret, saying what the test wants. */
async function signedNotice(url: string, extra: VnpParams): Promise<VnpParams> {
  const request = Object.fromEntries(new URL(url).searchParams)
  const params: VnpParams = {
    vnp_Amount: request.vnp_Amount!,
    vnp_TmnCode: request.vnp_TmnCode!,
    vnp_TxnRef: request.vnp_TxnRef!,
    vnp_ResponseCode: '00',
    vnp_TransactionStatus: '00',
    vnp_TransactionNo: '14000001',
    ...extra,
  }
  return { ...params, vnp_SecureHash: sign(params, await secret()) }
}

const refundsOf = (dossierId: string) => database().prisma.refund.findMany({ where: { payment: { dossierId } }, include: { payment: true } })
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10)

describe('issue 17: money is never taken twice without a refund', () => {
  /** The payer pays every page they were given; the gateway takes money once per reference. */
  async function payEveryPage(dossierId: string, urls: string[]) {
    const { prisma } = database()
    let takenAtGateway = 0
    for (const url of urls) {
      const notification = await paidAtGateway(url)
      if (!notification) continue
      takenAtGateway += 8_000
      expect((await handleIpn(prisma, notification)).RspCode).toBe('00')
    }
    const payments = await prisma.payment.findMany({ where: { dossierId } })
    const refunds = await refundsOf(dossierId)
    // Our records say what the gateway took, and everything beyond the fee went back through the gateway.
    expect(refunds.map((r) => r.status)).toEqual(refunds.map(() => 'SUCCEEDED'))
    expect(payments.filter((p) => p.status === 'SUCCEEDED').reduce((sum, p) => sum + p.amount, 0)).toBe(takenAtGateway)
    expect(takenAtGateway - refunds.reduce((sum, r) => sum + r.amount, 0)).toBe(8_000)
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id: dossierId } })).paidOnline).toBe(8_000)
    return { payments, refunds }
  }

  it('a second "Pay" leaves one attempt to pay at the gateway', async () => {
    const { prisma } = database()
    const id = await filedWithFee()
    const first = await pay(id)
    const second = await pay(id)
    expect(await prisma.payment.count({ where: { dossierId: id, status: 'PENDING' } })).toBe(1)
    await payEveryPage(id, [first, second])
  })

  it('a success on an attempt we closed is recorded, refunded and flagged in reconciliation', async () => {
    const { prisma } = database()
    const id = await filedWithFee()
    const first = await pay(id)
    // The first page outlives its time at our side; the payer asks again and gets a new one.
    await prisma.payment.updateMany({ where: { dossierId: id, status: 'PENDING' }, data: { expiresAt: new Date(Date.now() - 60_000) } })
    const second = await pay(id)
    expect(new URL(second).searchParams.get('vnp_TxnRef')).not.toBe(new URL(first).searchParams.get('vnp_TxnRef'))
    const { refunds } = await payEveryPage(id, [second, first])
    expect(refunds.map((r) => r.payment.reference)).toEqual([new URL(first).searchParams.get('vnp_TxnRef')])
    const rows = (await reconciliation(prisma, today())).split('\r\n').filter((line) => line.includes(refunds[0]!.payment.reference))
    expect(rows.some((row) => row.includes('"REFUNDED"') && /refund: ALREADY_PAID/.test(row))).toBe(true)
  })

  it('two successes for two attempts arriving at once: one settles the fee, the other is refunded', async () => {
    const { prisma } = database()
    const id = await filedWithFee()
    const first = await pay(id)
    await prisma.payment.updateMany({ where: { dossierId: id, status: 'PENDING' }, data: { expiresAt: new Date(Date.now() - 60_000) } })
    const second = await pay(id)
    const notifications = [(await paidAtGateway(first))!, (await paidAtGateway(second))!]
    await Promise.all(notifications.map((n) => handleIpn(prisma, n)))
    const payments = await prisma.payment.findMany({ where: { dossierId: id }, include: { refund: true } })
    expect(payments.map((p) => p.status)).toEqual(['SUCCEEDED', 'SUCCEEDED'])
    expect(payments.filter((p) => p.applied)).toHaveLength(1)
    expect(payments.filter((p) => p.refund?.status === 'SUCCEEDED')).toHaveLength(1)
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id } })).paidOnline).toBe(8_000)
  })

  it('a success that arrives after the dossier was withdrawn is refunded automatically and flagged', async () => {
    const { prisma } = database()
    const id = await filedWithFee()
    const url = await pay(id)
    const { version } = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    await transition(prisma, id, { action: 'withdraw', actor: await citizen(), version, reason: 'Không còn nhu cầu' })
    await handleIpn(prisma, (await paidAtGateway(url))!)
    const reference = new URL(url).searchParams.get('vnp_TxnRef')!
    expect((await prisma.payment.findUniqueOrThrow({ where: { reference } })).status).toBe('SUCCEEDED')
    expect((await refundsOf(id)).map((r) => r.amount)).toEqual([8_000])
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id } })).status).toBe('WITHDRAWN')
    const rows = (await reconciliation(prisma, today())).split('\r\n').filter((line) => line.includes(reference))
    expect(
      rows.some((row) => row.includes('"REFUNDED"') && /refund: DOSSIER_CLOSED/.test(row)),
      rows.join('\n'),
    ).toBe(true)
  })

  it('six parallel "Pay" requests give one attempt', async () => {
    const { prisma } = database()
    const id = await filedWithFee()
    const urls = await Promise.all(Array.from({ length: 6 }, () => pay(id)))
    expect(await prisma.payment.count({ where: { dossierId: id, status: 'PENDING' } })).toBe(1)
    expect(new Set(urls.map((u) => new URL(u).searchParams.get('vnp_TxnRef'))).size).toBe(1)
  })

  it.runIf(onPostgres)('six "Pay" requests from two processes (each its own connection pool) give one attempt', async () => {
    const { prisma, url } = database()
    const id = await filedWithFee()
    const other = await openDatabase({ kind: 'postgresql', url: url! })
    try {
      const payer = await citizen()
      const urls = await Promise.all([prisma, other.prisma, prisma, other.prisma, prisma, other.prisma].map(async (client) => (await startPayment(client, id, payer, '127.0.0.1', 'vn'))!))
      expect(await prisma.payment.count({ where: { dossierId: id, status: 'PENDING' } })).toBe(1)
      expect(new Set(urls.map((u) => new URL(u).searchParams.get('vnp_TxnRef'))).size).toBe(1)
    } finally {
      await other.close()
    }
  })

  it('the database refuses a second open attempt, whatever the code path', async () => {
    const { prisma } = database()
    const id = await filedWithFee()
    const open = { dossierId: id, gateway: 'vnpay', amount: 8_000, expiresAt: new Date(Date.now() + 900_000) }
    await prisma.payment.create({ data: { ...open, reference: `PDB${Date.now()}A` } })
    await expect(prisma.payment.create({ data: { ...open, reference: `PDB${Date.now()}B` } })).rejects.toThrow()
  })
})

describe('issue 17: the gateway is who it says it is', () => {
  it('refuses a correctly signed IPN naming another merchant', async () => {
    const { prisma } = database()
    const id = await filedWithFee()
    const url = await pay(id)
    const request = Object.fromEntries(new URL(url).searchParams)
    const reply = await handleIpn(prisma, await signedNotice(url, { vnp_TmnCode: 'OTHERMER' }))
    expect(reply.RspCode).not.toBe('00')
    expect((await prisma.payment.findUniqueOrThrow({ where: { reference: request.vnp_TxnRef! } })).status).toBe('PENDING')
  })

  it('the sandbox never calls the address of the Host header and refuses a return address elsewhere', async () => {
    const { prisma } = database()
    const id = await filedWithFee()
    const url = new URL(await pay(id))
    const called: string[] = []
    const realFetch = globalThis.fetch
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      called.push(String(input instanceof Request ? input.url : input))
      return realFetch(input, init)
    }) as typeof fetch
    try {
      const evil = `http://evil.example${url.pathname}${url.search}`
      const answer = await post(sandbox.action as never, evil, { outcome: 'success', bank: 'NCB' })
      expect(called.filter((u) => u.includes('evil.example'))).toEqual([])
      expect(answer.location ?? '').not.toContain('evil.example')
      const reference = url.searchParams.get('vnp_TxnRef')!
      expect((await prisma.payment.findUniqueOrThrow({ where: { reference } })).status).toBe('SUCCEEDED')
    } finally {
      globalThis.fetch = realFetch
    }
    // A payment request of ours, re-signed by whoever knows the public secret, with a phishing return address.
    const phishing = Object.fromEntries(url.searchParams)
    delete phishing.vnp_SecureHash
    phishing.vnp_ReturnUrl = 'https://phishing.example/dang-nhap'
    const signed = `${ORIGIN}/thanh-toan/sandbox?${new URLSearchParams({ ...phishing, vnp_SecureHash: sign(phishing, 'SANDBOX-HASH-SECRET-DVC-AN-GIANG') })}`
    expect((await post(sandbox.action as never, signed, { outcome: 'success', bank: 'NCB' })).status).toBe(400)
    // The secret is this installation's own; even signed with it, a return address elsewhere is refused.
    expect(await secret()).toMatch(/^[0-9a-f]{64}$/)
    const leaked = `${ORIGIN}/thanh-toan/sandbox?${new URLSearchParams({ ...phishing, vnp_SecureHash: sign(phishing, await secret()) })}`
    expect((await post(sandbox.action as never, leaked, { outcome: 'success', bank: 'NCB' })).status).toBe(400)
    expect((await get(sandbox.loader as never, leaked)).status).toBe(400)
  })
})
