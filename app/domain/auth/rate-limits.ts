// How often a person or an address may try before being asked to wait. Counted in the database so the limit
// holds across server processes (models/rate-limit.server.ts).
export interface Limit {
  /** Attempts allowed in the window. */
  max: number
  windowMinutes: number
}

export const LIMITS = {
  /** Wrong passwords for one account, from anywhere: stops guessing one person's password. */
  loginAccount: { max: 10, windowMinutes: 15 },
  /**
   * Login attempts from one address, whatever the account: stops sweeping many accounts. Generous, because a
   * commune office or a support point puts many people behind one address.
   */
  loginAddress: { max: 300, windowMinutes: 15 },
  /** Public dossier lookups from one address: a code and a phone or CCCD must not be probed. */
  lookupAddress: { max: 20, windowMinutes: 15 },
  /** Checks of issued documents from one address: codes are unguessable, but each upload costs a hash. */
  verifyAddress: { max: 60, windowMinutes: 15 },
  /** One-time codes sent to one phone or e-mail address: nobody's phone is flooded, codes cannot be farmed. */
  codeSendTarget: { max: 5, windowMinutes: 60 },
  /**
   * Codes typed from one address, right or wrong: on top of each code's own five tries, which is what stops
   * guessing. Generous, as for logins: a commune office, a school or a support point puts many people behind one.
   */
  codeCheckAddress: { max: 300, windowMinutes: 15 },
  /** Dossier claims started by one account (each sends a code to the phone on a dossier). */
  claimAccount: { max: 10, windowMinutes: 60 },
  /** Registrations and recovery requests from one address (a support point puts many people behind one). */
  accountRequestAddress: { max: 300, windowMinutes: 60 },
} as const satisfies Record<string, Limit>

export type LimitName = keyof typeof LIMITS

/** Whole minutes until the window ends (at least 1), for the message. */
export function minutesLeft(windowStart: Date, limit: Limit, now: Date): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + limit.windowMinutes * 60_000 - now.getTime()) / 60_000))
}
