// SMS through a brand-name provider's HTTP API (configured by SMS_API_URL, SMS_API_USER, SMS_API_PASSWORD,
// SMS_BRANDNAME), with delivery receipts posted back to /tin-nhan/bao-nhan. The protocol, shaped on the
// JSON brand-name APIs Vietnamese carriers' resellers offer:
//   POST SMS_API_URL, Basic auth, {"brandname","phone":"84…","message","requestId","callbackUrl"}
//   → {"code":"00","messageId":"…"}; any other code is a refusal (the job retries).
//   Receipt: POST callbackUrl, Authorization: Bearer SMS_RECEIPT_TOKEN,
//   {"requestId","messageId","status":"DELIVERED"|"FAILED"|"EXPIRED","at"?,"error"?} → {"code":"00"}.
// Without a provider the built-in sandbox gateway (sms-sandbox.server.ts) answers the same protocol.
import { db } from '../db.server.ts'
import { logger } from '../logger.server.ts'
import { publicUrl } from '../utils/public-url.server.ts'

export const RECEIPT_PATH = '/tin-nhan/bao-nhan'
export const SANDBOX_CREDENTIALS = { user: 'sandbox', password: 'sandbox', receiptToken: 'sandbox-receipts' }

export interface SmsConfig {
  url: string
  user: string
  password: string
  brandname: string
  receiptToken: string
}

export function smsConfig(env = process.env): Omit<SmsConfig, 'url'> & { url?: string } {
  return {
    url: env.SMS_API_URL,
    user: env.SMS_API_USER ?? SANDBOX_CREDENTIALS.user,
    password: env.SMS_API_PASSWORD ?? SANDBOX_CREDENTIALS.password,
    brandname: env.SMS_BRANDNAME ?? 'DVC AN GIANG',
    receiptToken: env.SMS_RECEIPT_TOKEN ?? (env.SMS_API_URL ? '' : SANDBOX_CREDENTIALS.receiptToken),
  }
}

/** 0912345678 → 84912345678, the international form providers expect. */
export function internationalPhone(phone: string) {
  const digits = phone.replace(/\D/g, '')
  return digits.startsWith('0') ? `84${digits.slice(1)}` : digits
}

export class SmsRefusedError extends Error {}

/** Sends one message; resolves with the provider's id for it. */
export async function sendSms(config: SmsConfig, to: string, message: string, requestId: string, send: typeof fetch = fetch) {
  const response = await send(config.url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from(`${config.user}:${config.password}`).toString('base64')}` },
    body: JSON.stringify({ brandname: config.brandname, phone: internationalPhone(to), message, requestId, callbackUrl: publicUrl(RECEIPT_PATH) }),
    signal: AbortSignal.timeout(15_000),
  })
  const answer = (await response.json().catch(() => ({}))) as { code?: string; messageId?: string; message?: string }
  if (!response.ok || answer.code !== '00') throw new SmsRefusedError(`SMS provider refused (HTTP ${response.status}, code ${answer.code ?? '-'}): ${answer.message ?? ''}`.trim())
  return { providerMessageId: answer.messageId }
}

const RECEIPT_STATUSES = new Set(['DELIVERED', 'FAILED', 'EXPIRED'])

/** The provider's delivery receipt: recorded on the message it names. Answers in the provider's protocol. */
export async function receiveDeliveryReceipt(request: Request, config = smsConfig()): Promise<Response> {
  if (!config.receiptToken || request.headers.get('Authorization') !== `Bearer ${config.receiptToken}`) {
    return Response.json({ code: '97', message: 'unauthorised' }, { status: 401 })
  }
  const receipt = (await request.json().catch(() => null)) as { requestId?: string; messageId?: string; status?: string; at?: string; error?: string } | null
  if (!receipt?.status || !RECEIPT_STATUSES.has(receipt.status) || (!receipt.requestId && !receipt.messageId)) {
    return Response.json({ code: '01', message: 'bad receipt' }, { status: 400 })
  }
  const prisma = await db()
  const where = receipt.requestId ? { id: receipt.requestId, channel: 'SMS' as const } : { providerMessageId: receipt.messageId, channel: 'SMS' as const }
  const at = receipt.at && !Number.isNaN(Date.parse(receipt.at)) ? new Date(receipt.at) : new Date()
  const updated = await prisma.notification.updateMany({
    where,
    data: { deliveryStatus: receipt.status, deliveredAt: receipt.status === 'DELIVERED' ? at : null, ...(receipt.error && { lastError: receipt.error.slice(0, 500) }) },
  })
  if (updated.count === 0) {
    logger.warn({ requestId: receipt.requestId, messageId: receipt.messageId }, 'SMS receipt for an unknown message')
    return Response.json({ code: '02', message: 'unknown message' }, { status: 404 })
  }
  return Response.json({ code: '00', message: 'ok' })
}
