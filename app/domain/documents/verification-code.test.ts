import { describe, expect, it } from 'vitest'
import { newVerificationCode, normaliseVerificationCode } from './verification-code.ts'

describe('verification codes', () => {
  it('are twelve base32 characters in groups of four', () => {
    const code = newVerificationCode()
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
    expect(newVerificationCode()).not.toBe(code)
  })

  it('accept what people type from paper', () => {
    expect(normaliseVerificationCode('k7qf 2m9d xr4t')).toBe('K7QF-2M9D-XR4T')
    expect(normaliseVerificationCode('K7QF-2M9D-XR4T')).toBe('K7QF-2M9D-XR4T')
    expect(normaliseVerificationCode('O1IL-0000-AAAA')).toBe('0111-0000-AAAA')
  })

  it('refuse what cannot be a code', () => {
    expect(normaliseVerificationCode('')).toBeNull()
    expect(normaliseVerificationCode('K7QF-2M9D')).toBeNull()
    expect(normaliseVerificationCode('K7QF-2M9D-XR4U')).toBeNull() // U is not in the alphabet
    expect(normaliseVerificationCode('<script>')).toBeNull()
  })
})
