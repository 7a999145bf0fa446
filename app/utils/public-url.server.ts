// The portal's public address, for links in messages (no request to read it from in a job).
export function publicUrl(path = ''): string {
  const base = process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`
  return `${base.replace(/\/$/, '')}${path}`
}

const CONFIGURED_BY = { SMS: 'SMS_API_URL', NATIONAL_SYNC: 'NATIONAL_SYNC_URL', EID: 'EID_ISSUER' } as const

/**
 * Whether a built-in sandbox (SMS gateway, national portal receiver, e-ID provider) stands in for a service that
 * is not configured: on for the embedded demo, off on PostgreSQL (a real deployment) unless `<NAME>_SANDBOX=1`.
 */
export function sandboxEnabled(name: keyof typeof CONFIGURED_BY, env = process.env): boolean {
  const flag = env[`${name}_SANDBOX`]
  if (flag === '1') return true
  if (flag === '0') return false
  return !env[CONFIGURED_BY[name]] && !env.DATABASE_URL
}
