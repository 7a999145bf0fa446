// The portal's public address, for links in messages (no request to read it from in a job).
export function publicUrl(path = ''): string {
  const base = process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`
  return `${base.replace(/\/$/, '')}${path}`
}

/**
 * Whether a built-in sandbox (SMS gateway, national portal receiver) stands in for a service that is not
 * configured: on for the embedded demo, off on PostgreSQL (a real deployment) unless `<NAME>_SANDBOX=1`.
 */
export function sandboxEnabled(name: 'SMS' | 'NATIONAL_SYNC', env = process.env): boolean {
  const flag = env[`${name}_SANDBOX`]
  if (flag === '1') return true
  if (flag === '0') return false
  const configured = name === 'SMS' ? env.SMS_API_URL : env.NATIONAL_SYNC_URL
  return !configured && !env.DATABASE_URL
}
