// Messages to people are not sent at night: between 21:00 and 07:00 in Vietnam they wait for 07:00. One-time
// codes are the exception (the person is waiting for them); callers mark those urgent.
const OFFSET_MS = 7 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000
export const QUIET_FROM_HOUR = 21
export const QUIET_UNTIL_HOUR = 7

/** When a message created at `now` may go: null = at once, else the next 07:00 in Asia/Ho_Chi_Minh. */
export function quietUntil(now: Date): Date | null {
  const local = new Date(now.getTime() + OFFSET_MS)
  const hour = local.getUTCHours()
  if (hour >= QUIET_UNTIL_HOUR && hour < QUIET_FROM_HOUR) return null
  const day = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate())
  const morning = day + QUIET_UNTIL_HOUR * HOUR + (hour >= QUIET_FROM_HOUR ? 24 * HOUR : 0)
  return new Date(morning - OFFSET_MS)
}
