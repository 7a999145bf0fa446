// The portal's public address, for links in messages and addresses given to other systems (no request to read it
// from in a job, and a request's Host header is the caller's to choose, so it is never used).
export function publicUrl(path = '', env = process.env): string {
  return `${(env.PUBLIC_URL ?? listeningUrl(env)).replace(/\/$/, '')}${path}`
}

/** Where this process listens: HOST (unless it listens on every interface) and PORT. */
function listeningUrl(env: NodeJS.ProcessEnv): string {
  const host = env.HOST && !['0.0.0.0', '::', '[::]'].includes(env.HOST) ? env.HOST : 'localhost'
  return `http://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${env.PORT ?? 3000}`
}

const CONFIGURED_BY = { SMS: 'SMS_API_URL', NATIONAL_SYNC: 'NATIONAL_SYNC_URL', EID: 'EID_ISSUER', PAYMENT: 'VNPAY_PAYMENT_URL' } as const

/**
 * Whether a built-in sandbox (SMS gateway, national portal receiver, e-ID provider, payment gateway) stands in for
 * a service that is not configured. `<NAME>_SANDBOX=1` or `0` decides; otherwise it is on for the embedded demo and
 * off on PostgreSQL (a real deployment). The payment sandbox, which takes no money, also runs on PostgreSQL outside
 * production (development and tests).
 */
export function sandboxEnabled(name: keyof typeof CONFIGURED_BY, env = process.env): boolean {
  const flag = env[`${name}_SANDBOX`]
  if (flag === '1') return true
  if (flag === '0') return false
  if (env[CONFIGURED_BY[name]]) return false
  return !env.DATABASE_URL || (name === 'PAYMENT' && env.NODE_ENV !== 'production')
}
