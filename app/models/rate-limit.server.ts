// Fixed-window attempt counters in the RateLimit table: one atomic upsert per attempt, so concurrent
// requests and several server processes count together.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { LIMITS, minutesLeft, type LimitName } from '../domain/auth/rate-limits.ts'

export type Verdict = { allowed: true } | { allowed: false; retryMinutes: number }

/** Counts one attempt under `name` for `subject` (an account or an address) and says whether it may go on. */
export async function attempt(prisma: PrismaClient, name: LimitName, subject: string, now = new Date()): Promise<Verdict> {
  const limit = LIMITS[name]
  const key = `${name}:${subject.toLowerCase()}`
  const windowOpen = new Date(now.getTime() - limit.windowMinutes * 60_000)
  const [row] = await prisma.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimit" (key, count, "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."windowStart" <= ${windowOpen} THEN 1 ELSE "RateLimit".count + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${windowOpen} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING count, "windowStart"`
  return row!.count <= limit.max ? { allowed: true } : { allowed: false, retryMinutes: minutesLeft(row!.windowStart, limit, now) }
}

/** A successful login clears its account's count. */
export async function forget(prisma: PrismaClient, name: LimitName, subject: string) {
  await prisma.rateLimit.deleteMany({ where: { key: `${name}:${subject.toLowerCase()}` } })
}
