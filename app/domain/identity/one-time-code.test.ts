import { describe, expect, it } from 'vitest'
import { codeState, expiryOf, maskEmail, maskPhone, MAX_WRONG_TRIES } from './one-time-code.ts'

const now = new Date('2026-12-01T03:00:00Z')

describe('one-time codes', () => {
  it('die after five wrong tries and after their life, and serve once', () => {
    const live = { expiresAt: expiryOf('CONSENT', now), attempts: 0, usedAt: null }
    expect(codeState(live, now)).toBe('live')
    expect(codeState({ ...live, attempts: MAX_WRONG_TRIES - 1 }, now)).toBe('live')
    expect(codeState({ ...live, attempts: MAX_WRONG_TRIES }, now)).toBe('exhausted')
    expect(codeState(live, new Date(now.getTime() + 10 * 60_000))).toBe('expired')
    expect(codeState(live, new Date(now.getTime() + 10 * 60_000 - 1))).toBe('live')
    expect(codeState({ ...live, usedAt: now }, now)).toBe('used')
  })

  it('give consent and claim codes ten minutes, recovery fifteen', () => {
    expect(expiryOf('DOSSIER_CLAIM', now).getTime() - now.getTime()).toBe(10 * 60_000)
    expect(expiryOf('PASSWORD_RESET', now).getTime() - now.getTime()).toBe(15 * 60_000)
    expect(expiryOf('PASSWORD_RESET_LINK', now).getTime() - now.getTime()).toBe(15 * 60_000)
  })

  it('mask where they were sent', () => {
    expect(maskPhone('0912345678')).toBe('09******78')
    expect(maskEmail('an.nguyen@example.com')).toBe('a***@example.com')
  })
})
