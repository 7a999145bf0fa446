// The back office queue's order, keyset cursor and urgency: sorted by a time then id, so paging stays fast and
// stable however many dossiers there are. Its filters' schema is in ./queue-filter.ts, so the page carries no zod.

export const QUEUE_PAGE_SIZE = 50
export const CHANNELS = ['ONLINE', 'COUNTER', 'SUPPORT_POINT'] as const

/** `due`: soonest due first (the open queue); `newest` / `oldest`: by submission (the archive, a search). */
export const QUEUE_SORTS = ['due', 'newest', 'oldest'] as const
export type QueueSort = (typeof QUEUE_SORTS)[number]

export interface Cursor {
  at: Date
  id: string
}

export function encodeCursor(cursor: Cursor): string {
  return `${cursor.at.getTime().toString(36)}.${cursor.id}`
}

/** A cursor from the address, or null when it is not one this page made. */
export function decodeCursor(value: string | undefined): Cursor | null {
  const match = value?.match(/^([0-9a-z]{1,12})\.([a-z0-9]{1,40})$/)
  if (!match) return null
  // Past ±8.64e15 ms a Date is invalid ("zzzzzzzzzzzz" is 4.7e18) and the query would fail.
  const at = new Date(parseInt(match[1]!, 36))
  return Number.isNaN(at.getTime()) ? null : { at, id: match[2]! }
}

/** Due within this many hours counts as "due soon". */
export const DUE_SOON_HOURS = 48

export type Urgency = 'overdue' | 'soon' | 'normal'

export function urgency(dueAt: Date | string | null, now = new Date()): Urgency {
  if (!dueAt) return 'normal'
  const due = new Date(dueAt).getTime()
  if (due < now.getTime()) return 'overdue'
  return due - now.getTime() <= DUE_SOON_HOURS * 3600_000 ? 'soon' : 'normal'
}

/** What a search box's text is: a dossier code, a CCCD, or (part of) a name. */
export function searchKind(q: string): 'code' | 'nationalId' | 'name' {
  const compact = q.replace(/\s+/g, '')
  if (/^\d{12}$/.test(compact)) return 'nationalId'
  if (/^[0-9a-z.]+-\d{6}-\d{4,}$/i.test(compact)) return 'code'
  return 'name'
}
