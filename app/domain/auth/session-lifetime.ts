// How long a login lasts. A browser session (the default: support points and one-stop desks share PCs) ends with
// the browser, after two idle hours, and after twelve hours however active; "stay signed in" keeps a cookie for
// thirty days and an idle window of fourteen. Idle windows slide: each visit in the second half of one renews it.
const HOUR = 3_600_000
const DAY = 24 * HOUR

export const SESSION_LIFETIMES = {
  browser: { idleMs: 2 * HOUR, absoluteMs: 12 * HOUR },
  persistent: { idleMs: 14 * DAY, absoluteMs: 30 * DAY },
} as const

export interface SessionTimes {
  persistent: boolean
  expiresAt: Date
  absoluteExpiresAt: Date
}

const lifetimeOf = (persistent: boolean) => SESSION_LIFETIMES[persistent ? 'persistent' : 'browser']

export function newSessionTimes(persistent: boolean, now: Date): SessionTimes {
  const { idleMs, absoluteMs } = lifetimeOf(persistent)
  return { persistent, expiresAt: new Date(now.getTime() + idleMs), absoluteExpiresAt: new Date(now.getTime() + absoluteMs) }
}

/** `ended`, the new idle expiry when the window should slide, or `keep`. Never slides past the absolute end. */
export function renewal(session: SessionTimes, now: Date): { ended: true } | { ended: false; expiresAt?: Date } {
  const t = now.getTime()
  if (t >= session.absoluteExpiresAt.getTime() || t >= session.expiresAt.getTime()) return { ended: true }
  const { idleMs } = lifetimeOf(session.persistent)
  if (session.expiresAt.getTime() - t > idleMs / 2) return { ended: false }
  const slid = Math.min(t + idleMs, session.absoluteExpiresAt.getTime())
  return slid > session.expiresAt.getTime() ? { ended: false, expiresAt: new Date(slid) } : { ended: false }
}

/** The persistent cookie lives as long as the session can. */
export function cookieMaxAgeSeconds(persistent: boolean): number | undefined {
  return persistent ? SESSION_LIFETIMES.persistent.absoluteMs / 1000 : undefined
}
