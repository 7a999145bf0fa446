import { describe, expect, it } from 'vitest'
import { LIMITS } from '~/domain/auth/rate-limits.ts'
import { attempt, forget } from '~/models/rate-limit.server.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase()

describe('rate limits stored in the database', () => {
  it('refuses the attempt after the limit, for the rest of the window, then starts again', async () => {
    const { prisma } = database()
    const t0 = new Date('2026-11-22T08:00:00Z')
    for (let i = 0; i < LIMITS.lookupAddress.max; i++) expect(await attempt(prisma, 'lookupAddress', '203.0.113.7', t0)).toEqual({ allowed: true })
    expect(await attempt(prisma, 'lookupAddress', '203.0.113.7', new Date(t0.getTime() + 60_000))).toEqual({ allowed: false, retryMinutes: 14 })
    expect(await attempt(prisma, 'lookupAddress', '203.0.113.8', t0)).toEqual({ allowed: true }) // another address
    expect(await attempt(prisma, 'lookupAddress', '203.0.113.7', new Date(t0.getTime() + 15 * 60_000))).toEqual({ allowed: true })
  })

  it('counts concurrent attempts exactly once each', async () => {
    const { prisma } = database()
    const now = new Date()
    const verdicts = await Promise.all(Array.from({ length: LIMITS.loginAccount.max + 5 }, () => attempt(prisma, 'loginAccount', 'An@Example.vn', now)))
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(LIMITS.loginAccount.max)
    await forget(prisma, 'loginAccount', 'an@example.vn')
    expect(await attempt(prisma, 'loginAccount', 'an@example.vn', now)).toEqual({ allowed: true })
  })
})
