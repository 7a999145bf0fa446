// Which payment gateway the portal talks to: a VNPay merchant account (VNPAY_PAYMENT_URL, VNPAY_TMN_CODE,
// VNPAY_HASH_SECRET, VNPAY_API_URL, all four required), the built-in sandbox (sandboxEnabled('PAYMENT')), or none:
// then fees are paid at the desk. The same signing code serves both; only the addresses and the secret differ.
// Every address given to the gateway is built from PUBLIC_URL (or where this process listens), never from a
// request's Host header.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import type { GatewayConfig, VnpParams } from '../domain/payments/vnpay.ts'
import { logger } from '../logger.server.ts'
import { inProcessFetch } from '../utils/in-process-fetch.server.ts'
import { publicUrl, sandboxEnabled } from '../utils/public-url.server.ts'
import { sandboxMerchant, sandboxPaymentApi } from './payment-sandbox.server.ts'

export interface Gateway extends GatewayConfig {
  sandbox: boolean
  /** The merchant transaction API (querydr, refund). */
  api: { url: string; send: typeof fetch }
}

const REQUIRED = ['VNPAY_TMN_CODE', 'VNPAY_HASH_SECRET', 'VNPAY_API_URL'] as const
let reported = false

/** The configured gateway, the sandbox, or null (online payment unavailable). */
export async function paymentGateway(prisma: PrismaClient, env = process.env): Promise<Gateway | null> {
  if (env.VNPAY_PAYMENT_URL) {
    const missing = REQUIRED.filter((name) => !env[name])
    if (missing.length) {
      if (!reported) logger.error({ missing }, 'VNPAY_PAYMENT_URL is set without the rest of the merchant settings: online payment is off')
      reported = true
      return null
    }
    return { tmnCode: env.VNPAY_TMN_CODE!, hashSecret: env.VNPAY_HASH_SECRET!, paymentUrl: env.VNPAY_PAYMENT_URL, sandbox: false, api: { url: env.VNPAY_API_URL!, send: fetch } }
  }
  if (!sandboxEnabled('PAYMENT', env)) return null
  return {
    ...(await sandboxMerchant(prisma, env)),
    paymentUrl: publicUrl('/thanh-toan/sandbox', env),
    sandbox: true,
    api: { url: publicUrl('/thanh-toan/sandbox/api', env), send: inProcessFetch((request) => sandboxPaymentApi(prisma, request)) },
  }
}

/** Where the gateway sends the payer back, and where the merchant's IPN address is (told to VNPay at sign-up). */
export const returnUrl = (env = process.env) => publicUrl('/thanh-toan/vnpay/ket-qua', env)
export const ipnUrl = (env = process.env) => publicUrl('/thanh-toan/vnpay/ipn', env)

/** One call to the merchant transaction API (querydr, refund): its JSON answer; throws when it cannot be reached. */
export async function callMerchantApi(gateway: Gateway, body: object): Promise<VnpParams> {
  const response = await gateway.api.send(gateway.api.url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  return (await response.json()) as VnpParams
}
