import { describe, expect, it } from 'vitest'
import { smsDetail, templateFor } from './dossier-messages.ts'
import { quietUntil } from './quiet-hours.ts'
import { composeSms, SMS_MAX, toAscii } from './sms-text.ts'

describe('SMS text', () => {
  it('drops Vietnamese marks and đ, keeps plain ASCII', () => {
    expect(toAscii('Hồ sơ 000.20.01.H01-261201-0001 đã được tiếp nhận. Đề nghị bổ sung “bản sao”')).toBe('Ho so 000.20.01.H01-261201-0001 da duoc tiep nhan. De nghi bo sung ban sao')
    expect(toAscii('Ờ ỡ ự Ặ')).toBe('O o u A')
    expect(/^[\x20-\x7e]*$/.test(toAscii('Thứ Hai, 07:00 — “trả” kết quả 😀'))).toBe(true)
  })

  it('shortens the detail, never the code around it, to fit 160 characters', () => {
    const items = Array.from({ length: 12 }, (_, i) => `Bản sao giấy tờ số ${i + 1} có chứng thực`).join('; ')
    const text = composeSms((detail) => `Ho so 000.20.01.H01-261201-0001 can bo sung: ${detail}. Tra cuu: https://dichvucong.angiang.gov.vn/tra-cuu`, items)
    expect(text.length).toBeLessThanOrEqual(SMS_MAX)
    expect(text).toMatch(/^Ho so 000\.20\.01\.H01-261201-0001 can bo sung: Ban sao giay to so 1 co chung thuc;.*\.\.\.\. Tra cuu: https:\/\/dichvucong\.angiang\.gov\.vn\/tra-cuu$/)
  })

  it('leaves a short text whole', () => {
    expect(composeSms((d) => `Ma xac nhan: ${d}`, '123456')).toBe('Ma xac nhan: 123456')
  })
})

describe('quiet hours', () => {
  const at = (iso: string) => new Date(iso)
  it('sends at once during the day in Vietnam', () => {
    expect(quietUntil(at('2026-12-01T07:00:00+07:00'))).toBeNull()
    expect(quietUntil(at('2026-12-01T20:59:00+07:00'))).toBeNull()
  })
  it('holds evening and night messages until 07:00', () => {
    expect(quietUntil(at('2026-12-01T21:00:00+07:00'))?.toISOString()).toBe(at('2026-12-02T07:00:00+07:00').toISOString())
    expect(quietUntil(at('2026-12-01T23:59:00+07:00'))?.toISOString()).toBe(at('2026-12-02T07:00:00+07:00').toISOString())
    expect(quietUntil(at('2026-12-02T03:10:00+07:00'))?.toISOString()).toBe(at('2026-12-02T07:00:00+07:00').toISOString())
  })
})

describe('a template per event', () => {
  const event = (action: string, toStatus: string | null = null) => ({ action, toStatus: toStatus as never, note: 'Thiếu chữ ký', data: { items: ['Tờ khai', 'Bản sao CCCD'] } })
  it('tells nothing of internal steps', () => {
    for (const action of ['assign', 'submitForApproval', 'sendBack', 'note', 'claim', 'createDraft']) expect(templateFor(event(action))).toBeNull()
  })
  it('says what to do next', () => {
    expect(templateFor(event('approve', 'AWAITING_PAYMENT'))).toBe('paymentDue')
    expect(templateFor(event('approve', 'RESOLVED'))).toBe('resultReady')
    expect(templateFor(event('confirmPayment', 'RESOLVED'))).toBe('resultReady')
    expect(templateFor(event('confirmPayment', 'SUBMITTED'))).toBe('paymentReceived')
    expect(templateFor(event('apologise', 'IN_PROGRESS'))).toBe('apology')
  })
  it('puts the items first in a supplement SMS, the reason in a refusal', () => {
    expect(smsDetail('supplementRequested', event('requestSupplement'))).toBe('Tờ khai; Bản sao CCCD')
    expect(smsDetail('refused', event('reject'))).toBe('Thiếu chữ ký')
  })
})
