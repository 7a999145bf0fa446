// The built-in payment gateway for the embedded demo and the tests: it speaks VNPay 2.1.0 as the merchant sees it
// (the signed payment page, the IPN, the return, and the merchant transaction API with querydr and refund) and
// keeps its own ledger (SandboxPayment), so a lost notification, a transaction query and a refund can be tried
// end to end. Enabled by sandboxEnabled('PAYMENT'); it never takes money.
import { randomBytes, randomInt } from 'node:crypto'
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { SANDBOX_OUTCOMES, type SandboxOutcome } from '../domain/payments/sandbox.ts'
import { sign, signApiResponse, signingString, verify, verifyApiRequest, vnpDate, VNP_CURRENCY, VNP_VERSION, type Merchant, type VnpParams } from '../domain/payments/vnpay.ts'
import { publicUrl } from '../utils/public-url.server.ts'

/** The sandbox's merchant terminal: a public name, like VNPay's demo terminals. */
export const SANDBOX_TMN_CODE = 'DVCSBX01'
const SECRET_KEY = 'payments.sandboxHashSecret'

/**
 * The secret the sandbox and the portal sign with: VNPAY_HASH_SECRET when given, else one made for this
 * installation on first use and kept in its database (shared by every process, never in the source).
 */
export async function sandboxMerchant(prisma: PrismaClient, env = process.env): Promise<Merchant> {
  if (env.VNPAY_HASH_SECRET) return { tmnCode: SANDBOX_TMN_CODE, hashSecret: env.VNPAY_HASH_SECRET }
  await prisma.setting.createMany({ data: [{ key: SECRET_KEY, value: randomBytes(32).toString('hex') }], skipDuplicates: true })
  const { value } = await prisma.setting.findUniqueOrThrow({ where: { key: SECRET_KEY } })
  return { tmnCode: SANDBOX_TMN_CODE, hashSecret: String(value) }
}

export type PayRequestCheck = { ok: true; params: VnpParams } | { ok: false; code: '03' | '97' }

/**
 * A payment request as VNPay checks it: our merchant's signature, version 2.1.0, command pay, dong amounts, and a
 * return address on the portal's own origin (the sandbox sends nobody elsewhere).
 */
export function checkPayRequest(params: VnpParams, merchant: Merchant): PayRequestCheck {
  if (!verify(params, merchant.hashSecret)) return { ok: false, code: '97' }
  let returnOrigin: string | null = null
  try {
    returnOrigin = new URL(params.vnp_ReturnUrl ?? '').origin
  } catch {
    returnOrigin = null
  }
  const wellFormed =
    params.vnp_TmnCode === merchant.tmnCode &&
    params.vnp_Version === VNP_VERSION &&
    params.vnp_Command === 'pay' &&
    params.vnp_CurrCode === VNP_CURRENCY &&
    /^[1-9]\d*00$/.test(params.vnp_Amount ?? '') &&
    !!params.vnp_TxnRef &&
    /^\d{14}$/.test(params.vnp_CreateDate ?? '') &&
    returnOrigin === new URL(publicUrl()).origin
  return wellFormed ? { ok: true, params } : { ok: false, code: '03' }
}

/** The payer's choice on the sandbox page: the notification (its query string), whether it is sent, and where the payer goes. */
export interface SandboxPaid {
  query: string
  notify: boolean
  returnTo: string
}

/** One transaction per reference, as VNPay keeps it; a reference paid once cannot be paid again (code 01). */
export async function completeSandboxPayment(prisma: PrismaClient, params: VnpParams, merchant: Merchant, outcome: SandboxOutcome, bank: string): Promise<SandboxPaid | { refused: '01' }> {
  const chosen = SANDBOX_OUTCOMES[outcome]
  const paid = await prisma.sandboxPayment.findUnique({ where: { tmnCode_txnRef: { tmnCode: merchant.tmnCode, txnRef: params.vnp_TxnRef! } } })
  if (paid && paid.transactionStatus === '00') return { refused: '01' }
  const transactionNo = String(randomInt(10_000_000, 99_999_999))
  const payDate = vnpDate(new Date())
  const data = {
    amount: Number(params.vnp_Amount) / 100,
    orderInfo: params.vnp_OrderInfo ?? '',
    bankCode: bank,
    transactionNo,
    responseCode: chosen.vnp_ResponseCode,
    transactionStatus: chosen.vnp_TransactionStatus,
    createDate: params.vnp_CreateDate!,
    payDate,
  }
  await prisma.sandboxPayment.upsert({
    where: { tmnCode_txnRef: { tmnCode: merchant.tmnCode, txnRef: params.vnp_TxnRef! } },
    create: { tmnCode: merchant.tmnCode, txnRef: params.vnp_TxnRef!, ...data },
    update: data,
  })
  const notification: VnpParams = {
    vnp_Amount: params.vnp_Amount!,
    vnp_BankCode: bank,
    vnp_BankTranNo: `VNP${transactionNo}`,
    vnp_CardType: bank === 'VNPAYQR' ? 'QRCODE' : 'ATM',
    vnp_OrderInfo: params.vnp_OrderInfo ?? '',
    vnp_PayDate: payDate,
    vnp_ResponseCode: chosen.vnp_ResponseCode,
    vnp_TmnCode: merchant.tmnCode,
    vnp_TransactionNo: transactionNo,
    vnp_TransactionStatus: chosen.vnp_TransactionStatus,
    vnp_TxnRef: params.vnp_TxnRef!,
  }
  const query = `${signingString(notification)}&vnp_SecureHash=${sign(notification, merchant.hashSecret)}`
  return { query, notify: chosen.ipn, returnTo: `${params.vnp_ReturnUrl}?${query}` }
}

/** The merchant transaction API: POST JSON {vnp_Command: querydr | refund, …} signed over "|"-joined fields. */
export async function sandboxPaymentApi(prisma: PrismaClient, request: Request): Promise<Response> {
  const merchant = await sandboxMerchant(prisma)
  const body = (await request.json().catch(() => null)) as VnpParams | null
  const command = body?.vnp_Command === 'refund' ? 'refund' : 'querydr'
  const answer = (fields: VnpParams) =>
    Response.json(
      signApiResponse(
        command,
        { vnp_ResponseId: randomBytes(8).toString('hex'), vnp_Command: command, vnp_TmnCode: merchant.tmnCode, vnp_TxnRef: body?.vnp_TxnRef ?? '', ...fields },
        merchant.hashSecret,
      ),
    )
  if (!body || typeof body !== 'object') return answer({ vnp_ResponseCode: '03', vnp_Message: 'Invalid format' })
  if (!verifyApiRequest(body, merchant.hashSecret)) return answer({ vnp_ResponseCode: '97', vnp_Message: 'Invalid checksum' })
  if (body.vnp_TmnCode !== merchant.tmnCode || body.vnp_Version !== VNP_VERSION) return answer({ vnp_ResponseCode: '02', vnp_Message: 'Invalid TmnCode' })
  const payment = await prisma.sandboxPayment.findUnique({ where: { tmnCode_txnRef: { tmnCode: merchant.tmnCode, txnRef: body.vnp_TxnRef ?? '' } } })
  if (!payment || payment.createDate !== body.vnp_TransactionDate) return answer({ vnp_ResponseCode: '91', vnp_Message: 'Transaction not found' })
  const described = {
    vnp_Amount: String(payment.amount * 100),
    vnp_BankCode: payment.bankCode,
    vnp_PayDate: payment.payDate,
    vnp_TransactionNo: payment.transactionNo,
    vnp_OrderInfo: payment.orderInfo,
  }
  if (command === 'querydr') {
    return answer({
      vnp_ResponseCode: '00',
      vnp_Message: 'QueryDR Success',
      ...described,
      vnp_TransactionType: '01',
      vnp_TransactionStatus: payment.transactionStatus,
      vnp_PromotionCode: '',
      vnp_PromotionAmount: '',
    })
  }
  return answer(await sandboxRefund(prisma, payment, body, described))
}

/** A refund of a paid transaction: the whole amount (02) or part of what is left (03); asked again, code 94. */
async function sandboxRefund(
  prisma: PrismaClient,
  payment: { id: string; amount: number; refundedAmount: number; transactionStatus: string; transactionNo: string },
  body: VnpParams,
  described: VnpParams,
): Promise<VnpParams> {
  if (payment.transactionStatus !== '00') return { vnp_ResponseCode: '95', vnp_Message: 'Transaction not successful at VNPAY' }
  if (body.vnp_TransactionNo && body.vnp_TransactionNo !== payment.transactionNo) return { vnp_ResponseCode: '91', vnp_Message: 'Transaction not found' }
  const amount = Number(body.vnp_Amount) / 100
  const left = payment.amount - payment.refundedAmount
  if (left === 0) return { vnp_ResponseCode: '94', vnp_Message: 'Refund already requested' }
  const whole = body.vnp_TransactionType === '02'
  if (!Number.isInteger(amount) || amount <= 0 || amount > left || (whole && amount !== payment.amount)) return { vnp_ResponseCode: '03', vnp_Message: 'Invalid amount' }
  const refundNo = String(randomInt(10_000_000, 99_999_999))
  await prisma.sandboxPayment.update({ where: { id: payment.id }, data: { refundedAmount: { increment: amount }, refundTransactionNo: refundNo } })
  return {
    vnp_ResponseCode: '00',
    vnp_Message: 'Refund success',
    ...described,
    vnp_Amount: String(amount * 100),
    vnp_TransactionNo: refundNo,
    vnp_TransactionType: body.vnp_TransactionType!,
    vnp_TransactionStatus: '06',
  }
}
