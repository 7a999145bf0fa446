// One-time codes (six digits by SMS) and link tokens (by e-mail): what each is for, how long it lives, how many
// wrong tries kill it. A code is used once; a new one for the same purpose and subject replaces the old one.
export const CODE_PURPOSES = {
  /** A support point's consent code, read back to staff by the person. */
  CONSENT: { minutes: 10, kind: 'code' },
  /** Taking a dossier filed for you (counter, support point) with a code sent to the phone on the dossier. */
  DOSSIER_CLAIM: { minutes: 10, kind: 'code' },
  /** Confirming the phone of an account. */
  PHONE: { minutes: 10, kind: 'code' },
  /** A new account, confirmed by a code sent to the phone typed at registration. */
  REGISTRATION: { minutes: 10, kind: 'code' },
  /** Account recovery by phone. */
  PASSWORD_RESET: { minutes: 15, kind: 'code' },
  /** Account recovery by a link sent to the verified e-mail address. */
  PASSWORD_RESET_LINK: { minutes: 15, kind: 'link' },
  /** Confirming the e-mail address of an account. */
  EMAIL: { minutes: 24 * 60, kind: 'link' },
} as const satisfies Record<string, { minutes: number; kind: 'code' | 'link' }>

export type CodePurpose = keyof typeof CODE_PURPOSES

/** Wrong tries after which a code is dead, whatever its time left. */
export const MAX_WRONG_TRIES = 5

export type CodeState = 'live' | 'expired' | 'exhausted' | 'used'

export function codeState(row: { expiresAt: Date; attempts: number; usedAt: Date | null }, now: Date): CodeState {
  if (row.usedAt) return 'used'
  if (row.attempts >= MAX_WRONG_TRIES) return 'exhausted'
  if (row.expiresAt.getTime() <= now.getTime()) return 'expired'
  return 'live'
}

/** The message shown at the code field for each refusal. */
export function codeErrorKey(reason: 'missing' | 'wrong' | 'expired' | 'exhausted' | 'used'): string {
  return reason === 'wrong' ? 'errors.code.wrong' : reason === 'exhausted' ? 'errors.code.exhausted' : 'errors.code.expired'
}

export function expiryOf(purpose: CodePurpose, now: Date): Date {
  return new Date(now.getTime() + CODE_PURPOSES[purpose].minutes * 60_000)
}

/** "0912345678" → "09******78": enough for a person to recognise their phone, not to learn a stranger's. */
export function maskPhone(phone: string): string {
  return phone.length > 4 ? `${phone.slice(0, 2)}${'*'.repeat(phone.length - 4)}${phone.slice(-2)}` : phone
}

/** "an.nguyen@example.com" → "a***@example.com". */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@')
  return `${local.slice(0, 1)}***@${domain}`
}
