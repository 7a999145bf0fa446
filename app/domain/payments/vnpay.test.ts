import { describe, expect, it } from 'vitest'
import {
  outcomeOf,
  paymentUrl,
  queryOutcome,
  queryRequest,
  readNotification,
  refundRequest,
  sign,
  signApiResponse,
  signingString,
  verify,
  verifyApiRequest,
  verifyApiResponse,
  vnpDate,
} from './vnpay.ts'

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
    expect(sign(request, secret)).toBe('482b564754155c3fb37315eba7bddc146a7e1963f23851a3fa6daf06f776173b0139e2c16a18bc942d5d5e9b9508b2cc08b0336fea58490770df2314a8497fee')
  })

  it('builds the payment URL VNPay 2.1.0 expects, amount × 100, and it verifies', () => {
    const url = new URL(
      paymentUrl(config, {
        reference: 'P1',
        amount: 50_000,
        orderInfo: 'Nop phi',
        returnUrl: 'http://x/r',
        ipAddr: '1.2.3.4',
        createdAt: new Date('2026-11-22T03:30:00Z'),
        expiresAt: new Date('2026-11-22T03:45:00Z'),
        locale: 'vn',
      }),
    )
    const params = Object.fromEntries(url.searchParams)
    expect(params).toMatchObject({ vnp_Version: '2.1.0', vnp_Command: 'pay', vnp_Amount: '5000000', vnp_CurrCode: 'VND', vnp_TxnRef: 'P1', vnp_CreateDate: '20261122103000' })
    expect(verify(params, secret)).toBe(true)
    expect(verify({ ...params, vnp_Amount: '1' }, secret)).toBe(false)
  })

  it('writes dates in Vietnam time', () => {
    expect(vnpDate(new Date('2026-12-31T17:05:09Z'))).toBe('20270101000509')
  })
})

describe('reading a notification', () => {
  const merchant = { tmnCode: 'DVCAG001', hashSecret: secret }
  const notification = (extra: Record<string, string> = {}) => {
    const params = {
      vnp_TmnCode: 'DVCAG001',
      vnp_TxnRef: 'P1',
      vnp_Amount: '5000000',
      vnp_ResponseCode: '00',
      vnp_TransactionStatus: '00',
      vnp_TransactionNo: '14226112',
      vnp_BankCode: 'NCB',
      ...extra,
    }
    return { ...params, vnp_SecureHash: sign(params, secret) }
  }

  it('reads a genuine one: reference, amount in đồng, outcome, transaction', () => {
    expect(readNotification(notification(), merchant)).toEqual({ kind: 'notice', reference: 'P1', amount: 50_000, outcome: 'SUCCEEDED', transactionNo: '14226112', bankCode: 'NCB' })
  })
  it('refuses a forged one, and one signed for another merchant, currency or version', () => {
    expect(readNotification({ ...notification(), vnp_Amount: '100' }, merchant).kind).toBe('forged')
    expect(readNotification(notification({ vnp_TmnCode: 'OTHERMER' }), merchant)).toEqual({ kind: 'foreign', reference: 'P1' })
    expect(readNotification(notification({ vnp_CurrCode: 'USD' }), merchant).kind).toBe('foreign')
    expect(readNotification(notification({ vnp_Version: '2.0.0' }), merchant).kind).toBe('foreign')
    expect(readNotification(notification({ vnp_CurrCode: 'VND', vnp_Version: '2.1.0' }), merchant).kind).toBe('notice')
  })
  it('reads cancel, timeout and insufficient funds', () => {
    expect(outcomeOf({ vnp_ResponseCode: '24', vnp_TransactionStatus: '02' })).toBe('CANCELLED')
    expect(outcomeOf({ vnp_ResponseCode: '11', vnp_TransactionStatus: '02' })).toBe('EXPIRED')
    expect(outcomeOf({ vnp_ResponseCode: '51', vnp_TransactionStatus: '02' })).toBe('FAILED')
  })
})

describe('the merchant transaction API (querydr, refund)', () => {
  const merchant = { tmnCode: 'DVCAG001', hashSecret: secret }
  const now = new Date('2026-11-22T04:00:00Z')

  // Fixed vectors: the "|"-joined fields signed independently with openssl dgst -sha512 -hmac.
  it('signs a transaction query over its fields joined by |', () => {
    const body = queryRequest(merchant, { requestId: 'R1', reference: 'P261122ABCDEF', transactionDate: '20261122103000', orderInfo: 'Truy van giao dich P261122ABCDEF', ipAddr: '127.0.0.1', now })
    expect(body).toMatchObject({ vnp_Command: 'querydr', vnp_Version: '2.1.0', vnp_CreateDate: '20261122110000' })
    expect(body.vnp_SecureHash).toBe('6f54d93bb877ef139e4cc4290cd8022a31b930c25ccff17a0f49284d59fc79a32a590d82fbf1aef20fb8b3ebbf76025d62a96042f3f6c01219114ab92b22d2bd')
    expect(verifyApiRequest(body, secret)).toBe(true)
    expect(verifyApiRequest({ ...body, vnp_TxnRef: 'P2' }, secret)).toBe(false)
  })

  it('signs a refund of the whole amount (× 100, type 02)', () => {
    const body = refundRequest(merchant, {
      requestId: 'R2',
      reference: 'P261122ABCDEF',
      amount: 50_000,
      transactionNo: '14226112',
      transactionDate: '20261122103000',
      createdBy: 'cong-dich-vu-cong',
      orderInfo: 'Hoan tien ho so 000.20.01.H01-261122-0001',
      ipAddr: '127.0.0.1',
      transactionType: '02',
      now,
    })
    expect(body).toMatchObject({ vnp_Command: 'refund', vnp_Amount: '5000000', vnp_TransactionType: '02' })
    expect(body.vnp_SecureHash).toBe('478d6757db8e3b68db25f3ee67929f242edd65552acdedb38e33f907e0e4e68678c888ff771f07d342f62dbfab266fbf3c98e76a0bdcac96224cbfa4d7b02adc')
    expect(verifyApiRequest(body, secret)).toBe(true)
  })

  it("verifies the gateway's signed answers and reads what they say", () => {
    const answer = signApiResponse(
      'querydr',
      { vnp_ResponseId: 'x', vnp_Command: 'querydr', vnp_ResponseCode: '00', vnp_Message: 'ok', vnp_TmnCode: 'DVCAG001', vnp_TxnRef: 'P1', vnp_Amount: '5000000', vnp_TransactionStatus: '00' },
      secret,
    )
    expect(verifyApiResponse('querydr', answer, secret)).toBe(true)
    expect(verifyApiResponse('querydr', { ...answer, vnp_TransactionStatus: '02' }, secret)).toBe(false)
    expect(verifyApiResponse('refund', answer, secret)).toBe(false)
    expect(queryOutcome(answer)).toBe('SUCCEEDED')
    expect(queryOutcome({ ...answer, vnp_TransactionStatus: '01' })).toBe('PENDING')
    expect(queryOutcome({ ...answer, vnp_TransactionStatus: '02' })).toBe('FAILED')
    expect(queryOutcome({ vnp_ResponseCode: '91' })).toBe('NOT_FOUND')
    expect(queryOutcome({ vnp_ResponseCode: '97' })).toBe('ERROR')
  })
})
