import { data } from '@remix-run/node'
import { translatorFor } from '../i18n/i18n.server.ts'

/** A refused form answers 400 with what the page needs to show its messages next to the fields. */
export function invalid<T>(body: T) {
  return data(body, { status: 400 })
}

/** For actions that return `{ ok }` from several branches: the refusals become 400s. */
export function answer<T extends { ok: boolean }>(result: T) {
  return result.ok ? result : invalid(result)
}

/**
 * A refused address or post with its own message (a locale key), shown by the error page in place of the generic
 * one: `throw refusal(404, 'robust.unknownAgency', { code })`.
 */
export function refusal(status: 400 | 404 | 413, message: string, values?: Record<string, string>) {
  return data({ message, values }, { status })
}

/** The same for a download (a resource route has no error page): the message itself, as text. */
export async function refusedDownload(request: Request, status: 400 | 404, message: string, values?: Record<string, string>) {
  const t = await translatorFor(request)
  return new Response(t(message, values), { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
