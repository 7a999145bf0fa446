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

export const VNP_VERSION = '2.1.0'
export const VNP_CURRENCY = 'VND'

/** A merchant account: the terminal code and the secret both sides sign with. */
export interface Merchant {
  tmnCode: string
  hashSecret: string
}

export interface GatewayConfig extends Merchant {
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
    vnp_Version: VNP_VERSION,
    vnp_Command: 'pay',
    vnp_TmnCode: config.tmnCode,
    vnp_Amount: String(request.amount * 100),
    vnp_CurrCode: VNP_CURRENCY,
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

/** What the gateway says happened. PENDING: not finished at the gateway (only its transaction query says so). */
export type GatewayOutcome = 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'EXPIRED' | 'PENDING'
export type PaymentOutcome = Exclude<GatewayOutcome, 'PENDING'>

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

export const IPN_REPLIES: Record<IpnReply['RspCode'], string> = {
  '00': 'Confirm Success',
  '01': 'Order not found',
  '02': 'Order already confirmed',
  '04': 'Invalid amount',
  '97': 'Invalid signature',
  '99': 'Unknown error',
}

export const ipnReply = (code: IpnReply['RspCode']): IpnReply => ({ RspCode: code, Message: IPN_REPLIES[code] })

/** A notification read: forged (bad signature), meant for another merchant or version, or what it says. */
export type Notice =
  | { kind: 'forged' }
  | { kind: 'foreign'; reference: string }
  | { kind: 'notice'; reference: string; amount: number; outcome: GatewayOutcome; transactionNo: string | null; bankCode: string | null }

/**
 * Reads a signed notification (IPN) in VNPay's order: the signature first, then that it is ours (terminal code;
 * currency and version when it names them). The amount is checked against the payment by the caller.
 */
export function readNotification(params: VnpParams, merchant: Merchant): Notice {
  if (!verify(params, merchant.hashSecret)) return { kind: 'forged' }
  const reference = params.vnp_TxnRef ?? ''
  const ours =
    params.vnp_TmnCode === merchant.tmnCode && (params.vnp_CurrCode === undefined || params.vnp_CurrCode === VNP_CURRENCY) && (params.vnp_Version === undefined || params.vnp_Version === VNP_VERSION)
  if (!ours) return { kind: 'foreign', reference }
  return {
    kind: 'notice',
    reference,
    amount: Number(params.vnp_Amount) / 100,
    outcome: outcomeOf(params),
    transactionNo: params.vnp_TransactionNo || null,
    bankCode: params.vnp_BankCode || null,
  }
}

// ── The merchant transaction API (POST JSON to …/merchant_webapi/api/transaction): querydr and refund ──
// Its messages are signed with HMAC-SHA512 over chosen fields joined by "|", in this order.

const SIGNED_FIELDS = {
  querydr: ['vnp_RequestId', 'vnp_Version', 'vnp_Command', 'vnp_TmnCode', 'vnp_TxnRef', 'vnp_TransactionDate', 'vnp_CreateDate', 'vnp_IpAddr', 'vnp_OrderInfo'],
  refund: [
    'vnp_RequestId',
    'vnp_Version',
    'vnp_Command',
    'vnp_TmnCode',
    'vnp_TransactionType',
    'vnp_TxnRef',
    'vnp_Amount',
    'vnp_TransactionNo',
    'vnp_TransactionDate',
    'vnp_CreateBy',
    'vnp_CreateDate',
    'vnp_IpAddr',
    'vnp_OrderInfo',
  ],
} as const
const RESPONSE_FIELDS = [
  'vnp_ResponseId',
  'vnp_Command',
  'vnp_ResponseCode',
  'vnp_Message',
  'vnp_TmnCode',
  'vnp_TxnRef',
  'vnp_Amount',
  'vnp_BankCode',
  'vnp_PayDate',
  'vnp_TransactionNo',
  'vnp_TransactionType',
  'vnp_TransactionStatus',
  'vnp_OrderInfo',
] as const
const SIGNED_RESPONSE = {
  querydr: [...RESPONSE_FIELDS, 'vnp_PromotionCode', 'vnp_PromotionAmount'],
  refund: RESPONSE_FIELDS,
} as const

export type ApiCommand = keyof typeof SIGNED_FIELDS

function pipeHash(fields: readonly string[], params: VnpParams, secret: string): string {
  return createHmac('sha512', secret)
    .update(fields.map((f) => params[f] ?? '').join('|'), 'utf8')
    .digest('hex')
}

function hashMatches(given: string | undefined, expected: string): boolean {
  const a = Buffer.from(given ?? '', 'hex')
  const b = Buffer.from(expected, 'hex')
  return a.length === b.length && timingSafeEqual(a, b)
}

export interface QueryInput {
  requestId: string
  reference: string
  /** The payment's vnp_CreateDate (the gateway finds the transaction by it). */
  transactionDate: string
  orderInfo: string
  ipAddr: string
  now: Date
}

export interface RefundInput extends QueryInput {
  amount: number // VND
  transactionNo: string
  /** Who asks for the refund (the portal, or the clerk). */
  createdBy: string
  /** '02' the whole amount, '03' part of it. */
  transactionType: '02' | '03'
}

/** The signed body of a transaction query. */
export function queryRequest(merchant: Merchant, input: QueryInput): VnpParams {
  const body: VnpParams = {
    vnp_RequestId: input.requestId,
    vnp_Version: VNP_VERSION,
    vnp_Command: 'querydr',
    vnp_TmnCode: merchant.tmnCode,
    vnp_TxnRef: input.reference,
    vnp_OrderInfo: input.orderInfo,
    vnp_TransactionDate: input.transactionDate,
    vnp_CreateDate: vnpDate(input.now),
    vnp_IpAddr: input.ipAddr,
  }
  return { ...body, vnp_SecureHash: pipeHash(SIGNED_FIELDS.querydr, body, merchant.hashSecret) }
}

/** The signed body of a refund request. */
export function refundRequest(merchant: Merchant, input: RefundInput): VnpParams {
  const body: VnpParams = {
    vnp_RequestId: input.requestId,
    vnp_Version: VNP_VERSION,
    vnp_Command: 'refund',
    vnp_TmnCode: merchant.tmnCode,
    vnp_TransactionType: input.transactionType,
    vnp_TxnRef: input.reference,
    vnp_Amount: String(input.amount * 100),
    vnp_TransactionNo: input.transactionNo,
    vnp_TransactionDate: input.transactionDate,
    vnp_CreateBy: input.createdBy,
    vnp_CreateDate: vnpDate(input.now),
    vnp_IpAddr: input.ipAddr,
    vnp_OrderInfo: input.orderInfo,
  }
  return { ...body, vnp_SecureHash: pipeHash(SIGNED_FIELDS.refund, body, merchant.hashSecret) }
}

/** Whether a request to the transaction API was signed with this secret (the gateway's side: the sandbox). */
export function verifyApiRequest(body: VnpParams, secret: string): boolean {
  const command = body.vnp_Command
  if (command !== 'querydr' && command !== 'refund') return false
  return hashMatches(body.vnp_SecureHash, pipeHash(SIGNED_FIELDS[command], body, secret))
}

/** The gateway's answer, signed (the sandbox's side). */
export function signApiResponse(command: ApiCommand, body: VnpParams, secret: string): VnpParams {
  return { ...body, vnp_SecureHash: pipeHash(SIGNED_RESPONSE[command], body, secret) }
}

/**
 * Whether an answer really comes from the gateway. Answers to malformed requests (codes 91–99 other than
 * 91, 94, 95) may come unsigned: they change nothing, so they are only read as errors.
 */
export function verifyApiResponse(command: ApiCommand, body: VnpParams, secret: string): boolean {
  return hashMatches(body.vnp_SecureHash, pipeHash(SIGNED_RESPONSE[command], body, secret))
}

/** A transaction query's answer: what happened to the payment at the gateway, or that it never got there. */
export function queryOutcome(body: VnpParams): GatewayOutcome | 'NOT_FOUND' | 'ERROR' {
  if (body.vnp_ResponseCode === '91') return 'NOT_FOUND'
  if (body.vnp_ResponseCode !== '00') return 'ERROR'
  switch (body.vnp_TransactionStatus) {
    case '00':
      return 'SUCCEEDED'
    case '01':
      return 'PENDING'
    case '02':
      return 'FAILED'
    default:
      // 04 reversed, 05/06 a refund in progress, 07 suspected fraud: not settled; looked at again later.
      return 'PENDING'
  }
}
