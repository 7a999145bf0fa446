import { data, type AppLoadContext } from '@remix-run/node'

/** The client's address as the HTTP server saw it (behind a proxy only when TRUST_PROXY=1). */
export function clientAddress(context: AppLoadContext): string {
  return typeof context.clientAddress === 'string' ? context.clientAddress : 'unknown'
}

/** 429 with Retry-After, the form's values and a message at the field. */
export function tooManyAttempts<T>(body: T, retryMinutes: number) {
  return data(body, { status: 429, headers: { 'Retry-After': String(retryMinutes * 60) } })
}
