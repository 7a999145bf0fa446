import { describe, expect, it } from 'vitest'
import { publicUrl, sandboxEnabled } from './public-url.server.ts'

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv

describe('the portal’s own address', () => {
  it('is PUBLIC_URL, or where the process listens', () => {
    expect(publicUrl('/x', env({ PUBLIC_URL: 'https://dichvucong.angiang.gov.vn/', PORT: '3000' }))).toBe('https://dichvucong.angiang.gov.vn/x')
    expect(publicUrl('/x', env({ HOST: '127.0.0.1', PORT: '3206' }))).toBe('http://127.0.0.1:3206/x')
    expect(publicUrl('/x', env({ HOST: '0.0.0.0', PORT: '8080' }))).toBe('http://localhost:8080/x')
    expect(publicUrl('/x', env({ HOST: '::1' }))).toBe('http://[::1]:3000/x')
  })
})

describe('the payment sandbox', () => {
  it('runs without a gateway, outside production or on the embedded database, unless told otherwise', () => {
    expect(sandboxEnabled('PAYMENT', env({}))).toBe(true)
    expect(sandboxEnabled('PAYMENT', env({ NODE_ENV: 'production' }))).toBe(true) // the embedded demo
    expect(sandboxEnabled('PAYMENT', env({ DATABASE_URL: 'postgresql://x', NODE_ENV: 'development' }))).toBe(true)
    expect(sandboxEnabled('PAYMENT', env({ DATABASE_URL: 'postgresql://x', NODE_ENV: 'production' }))).toBe(false)
    expect(sandboxEnabled('PAYMENT', env({ DATABASE_URL: 'postgresql://x', NODE_ENV: 'production', PAYMENT_SANDBOX: '1' }))).toBe(true)
    expect(sandboxEnabled('PAYMENT', env({ PAYMENT_SANDBOX: '0' }))).toBe(false)
    expect(sandboxEnabled('PAYMENT', env({ VNPAY_PAYMENT_URL: 'https://pay.vnpay.vn/vpcpay.html' }))).toBe(false)
  })
  it('leaves the SMS and national sandboxes as they were (off on PostgreSQL)', () => {
    expect(sandboxEnabled('SMS', env({ DATABASE_URL: 'postgresql://x', NODE_ENV: 'development' }))).toBe(false)
    expect(sandboxEnabled('NATIONAL_SYNC', env({}))).toBe(true)
  })
})
