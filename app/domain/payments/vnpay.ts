// The VNPay 2.1.0 protocol: payment URL parameters, HMAC-SHA512 signing over the sorted, URL-encoded query,
// and the IPN decision. The same code serves the built-in sandbox and a real merchant account.
import { createHmac, timingSafeEqual } from 'node:crypto'

export type VnpParams = Record<string, string>

/** VNPay encodes like application/x-www-form-urlencoded: spaces as '+'. */
function encode(value: string) {
  return encodeURIComponent(value).replace(/%20/g, '+')
}

/** The signed data: vnp_* parameters except the hash fields, sorted by name, URL-encoded. */
export function signingString(params: VnpParams): string {
  return Object.keys(params)
    .filter((key) => key.startsWith('vnp_') && key !== 'vnp_SecureHash' && key !== 'vnp_SecureHashType' && params[key] !== '')
    .sort()
    .map((key) => `${encode(key)}=${encode(params[key]!)}`)
    .join('&')
}

export function sign(params: VnpParams, secret: string): string {
  return createHmac('sha512', secret).update(signingString(params), 'utf8').digest('hex')
}

export function verify(params: VnpParams, secret: string): boolean {
  const given = Buffer.from(params.vnp_SecureHash ?? '', 'hex')
  const expected = Buffer.from(sign(params, secret), 'hex')
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** yyyyMMddHHmmss in Vietnam time, as VNPay expects. */
export function vnpDate(date: Date): string {
  return new Date(date.getTime() + 7 * 3600_000).toISOString().replace(/\D/g, '').slice(0, 14)
}

export interface GatewayConfig {
  tmnCode: string
  hashSecret: string
  paymentUrl: string
}

export interface PaymentRequest {
  reference: string
  amount: number // VND
  orderInfo: string
  returnUrl: string
  ipAddr: string
  createdAt: Date
  expiresAt: Date
  locale: 'vn' | 'en'
}

export function paymentUrl(config: GatewayConfig, request: PaymentRequest): string {
  const params: VnpParams = {
    vnp_Version: '2.1.0',
    vnp_Command: 'pay',
    vnp_TmnCode: config.tmnCode,
    vnp_Amount: String(request.amount * 100),
    vnp_CurrCode: 'VND',
    vnp_TxnRef: request.reference,
    vnp_OrderInfo: request.orderInfo,
    vnp_OrderType: 'other',
    vnp_Locale: request.locale,
    vnp_ReturnUrl: request.returnUrl,
    vnp_IpAddr: request.ipAddr,
    vnp_CreateDate: vnpDate(request.createdAt),
    vnp_ExpireDate: vnpDate(request.expiresAt),
  }
  return `${config.paymentUrl}?${signingString(params)}&vnp_SecureHash=${sign(params, config.hashSecret)}`
}

export type PaymentOutcome = 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'EXPIRED'

/** What a notification says happened: 00/00 paid; 24 cancelled by the payer; 11 timed out; else failed. */
export function outcomeOf(params: VnpParams): PaymentOutcome {
  if (params.vnp_ResponseCode === '00' && params.vnp_TransactionStatus === '00') return 'SUCCEEDED'
  if (params.vnp_ResponseCode === '24') return 'CANCELLED'
  if (params.vnp_ResponseCode === '11') return 'EXPIRED'
  return 'FAILED'
}

export interface IpnReply {
  RspCode: '00' | '01' | '02' | '04' | '97' | '99'
  Message: string
}

export interface KnownPayment {
  amount: number
  status: 'PENDING' | PaymentOutcome
}

/** The IPN decision of VNPay 2.1.0, in its order: signature, order, amount, already confirmed. */
export function ipnDecision(params: VnpParams, secret: string, payment: KnownPayment | null): { reply: IpnReply; outcome?: PaymentOutcome } {
  if (!verify(params, secret)) return { reply: { RspCode: '97', Message: 'Invalid signature' } }
  if (!payment) return { reply: { RspCode: '01', Message: 'Order not found' } }
  if (Number(params.vnp_Amount) !== payment.amount * 100) return { reply: { RspCode: '04', Message: 'Invalid amount' } }
  if (payment.status !== 'PENDING') return { reply: { RspCode: '02', Message: 'Order already confirmed' } }
  return { reply: { RspCode: '00', Message: 'Confirm Success' }, outcome: outcomeOf(params) }
}
