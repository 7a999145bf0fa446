import { describe, expect, it } from 'vitest'
import { cookieMaxAgeSeconds, newSessionTimes, renewal, SESSION_LIFETIMES } from './session-lifetime.ts'

const start = new Date('2026-12-01T01:00:00Z')
const after = (ms: number) => new Date(start.getTime() + ms)
const HOUR = 3_600_000

describe('session lifetimes', () => {
  it('a browser session ends after two idle hours, and slides while in use', () => {
    const times = newSessionTimes(false, start)
    expect(renewal(times, after(30 * 60_000))).toEqual({ ended: false })
    expect(renewal(times, after(2 * HOUR))).toEqual({ ended: true })
    const slid = renewal(times, after(1.5 * HOUR))
    expect(slid).toEqual({ ended: false, expiresAt: after(3.5 * HOUR) })
  })

  it('ends after twelve hours however active it is', () => {
    let times = newSessionTimes(false, start)
    for (let hour = 1; hour < 12; hour++) {
      const verdict = renewal(times, after(hour * HOUR + 1))
      expect(verdict.ended, `hour ${hour}`).toBe(false)
      if (!verdict.ended && verdict.expiresAt) times = { ...times, expiresAt: verdict.expiresAt }
    }
    expect(times.expiresAt.getTime()).toBeLessThanOrEqual(times.absoluteExpiresAt.getTime())
    expect(renewal(times, after(12 * HOUR))).toEqual({ ended: true })
  })

  it('"stay signed in" lasts fourteen idle days, thirty at most, with a cookie as long', () => {
    const times = newSessionTimes(true, start)
    expect(renewal(times, after(13 * 24 * HOUR)).ended).toBe(false)
    expect(renewal(times, after(14 * 24 * HOUR)).ended).toBe(true)
    expect(renewal({ ...times, expiresAt: after(40 * 24 * HOUR) }, after(30 * 24 * HOUR)).ended).toBe(true)
    expect(cookieMaxAgeSeconds(true)).toBe(SESSION_LIFETIMES.persistent.absoluteMs / 1000)
    expect(cookieMaxAgeSeconds(false)).toBeUndefined()
  })
})
