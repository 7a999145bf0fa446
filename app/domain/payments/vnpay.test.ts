import { describe, expect, it } from 'vitest'
import { ipnDecision, outcomeOf, paymentUrl, sign, signingString, verify, vnpDate } from './vnpay.ts'

const secret = 'SANDBOXSECRETKEY0123456789ABCDEF'
const config = { tmnCode: 'DVCAG001', hashSecret: secret, paymentUrl: 'https://sandbox.example/paymentv2/vpcpay.html' }

// A fixed request and its signature: a regression vector for the signing code (same for sandbox and VNPay).
const request = {
  vnp_Amount: '5000000',
  vnp_Command: 'pay',
  vnp_CreateDate: '20261122103000',
  vnp_CurrCode: 'VND',
  vnp_ExpireDate: '20261122104500',
  vnp_IpAddr: '127.0.0.1',
  vnp_Locale: 'vn',
  vnp_OrderInfo: 'Nop phi ho so 000.20.01.H01-261122-0001',
  vnp_OrderType: 'other',
  vnp_ReturnUrl: 'http://localhost:3000/thanh-toan/vnpay/ket-qua',
  vnp_TmnCode: 'DVCAG001',
  vnp_TxnRef: 'P261122ABCDEF',
  vnp_Version: '2.1.0',
}

describe('VNPay signing', () => {
  it('signs the sorted, URL-encoded query with spaces as +', () => {
    expect(signingString({ vnp_B: 'a b', vnp_A: 'x/y', other: 'ignored', vnp_SecureHash: 'ignored' })).toBe('vnp_A=x%2Fy&vnp_B=a+b')
  })

  it('matches the fixed vector (computed independently with openssl dgst -sha512 -hmac)', () => {
    expect(signingString(request)).toBe(
      'vnp_Amount=5000000&vnp_Command=pay&vnp_CreateDate=20261122103000&vnp_CurrCode=VND&vnp_ExpireDate=20261122104500&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Nop+phi+ho+so+000.20.01.H01-261122-0001&vnp_OrderType=other&vnp_ReturnUrl=http%3A%2F%2Flocalhost%3A3000%2Fthanh-toan%2Fvnpay%2Fket-qua&vnp_TmnCode=DVCAG001&vnp_TxnRef=P261122ABCDEF&vnp_Version=2.1.0',
    )
    expect(sign(request, secret)).toBe(
      '482b564754155c3fb37315eba7bddc146a7e1963f23851a3fa6daf06f776173b0139e2c16a18bc942d5d5e9b9508b2cc08b0336fea58490770df2314a8497fee',
    )
  })

  it('builds the payment URL VNPay 2.1.0 expects, amount × 100, and it verifies', () => {
    const url = new URL(paymentUrl(config, { reference: 'P1', amount: 50_000, orderInfo: 'Nop phi', returnUrl: 'http://x/r', ipAddr: '1.2.3.4', createdAt: new Date('2026-11-22T03:30:00Z'), expiresAt: new Date('2026-11-22T03:45:00Z'), locale: 'vn' }))
    const params = Object.fromEntries(url.searchParams)
    expect(params).toMatchObject({ vnp_Version: '2.1.0', vnp_Command: 'pay', vnp_Amount: '5000000', vnp_CurrCode: 'VND', vnp_TxnRef: 'P1', vnp_CreateDate: '20261122103000' })
    expect(verify(params, secret)).toBe(true)
    expect(verify({ ...params, vnp_Amount: '1' }, secret)).toBe(false)
  })

  it('writes dates in Vietnam time', () => {
    expect(vnpDate(new Date('2026-12-31T17:05:09Z'))).toBe('20270101000509')
  })
})

describe('IPN decisions', () => {
  const notification = (extra: Record<string, string> = {}) => {
    const params = { vnp_TmnCode: 'DVCAG001', vnp_TxnRef: 'P1', vnp_Amount: '5000000', vnp_ResponseCode: '00', vnp_TransactionStatus: '00', vnp_TransactionNo: '14226112', ...extra }
    return { ...params, vnp_SecureHash: sign(params, secret) }
  }
  const pending = { amount: 50_000, status: 'PENDING' as const }

  it('confirms a good notification (00)', () => {
    expect(ipnDecision(notification(), secret, pending)).toEqual({ reply: { RspCode: '00', Message: 'Confirm Success' }, outcome: 'SUCCEEDED' })
  })
  it('refuses a forged one (97), an unknown order (01), a wrong amount (04), a replay (02)', () => {
    expect(ipnDecision({ ...notification(), vnp_Amount: '100' }, secret, pending).reply.RspCode).toBe('97')
    expect(ipnDecision(notification(), secret, null).reply.RspCode).toBe('01')
    expect(ipnDecision(notification({ vnp_Amount: '100' }), secret, pending).reply.RspCode).toBe('04')
    expect(ipnDecision(notification(), secret, { ...pending, status: 'SUCCEEDED' }).reply.RspCode).toBe('02')
  })
  it('reads cancel, timeout and insufficient funds', () => {
    expect(outcomeOf({ vnp_ResponseCode: '24', vnp_TransactionStatus: '02' })).toBe('CANCELLED')
    expect(outcomeOf({ vnp_ResponseCode: '11', vnp_TransactionStatus: '02' })).toBe('EXPIRED')
    expect(outcomeOf({ vnp_ResponseCode: '51', vnp_TransactionStatus: '02' })).toBe('FAILED')
  })
})
