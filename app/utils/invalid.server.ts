import { data } from '@remix-run/node'

/** A refused form answers 400 with what the page needs to show its messages next to the fields. */
export function invalid<T>(body: T) {
  return data(body, { status: 400 })
}

/** For actions that return `{ ok }` from several branches: the refusals become 400s. */
export function answer<T extends { ok: boolean }>(result: T) {
  return result.ok ? result : invalid(result)
}
