// The back office queue's keyset cursor and urgency: sorted by due date then id, so paging stays fast and
// stable however many dossiers are open. Its filters' schema is in ./queue-filter.ts, so the page carries no zod.

export const QUEUE_PAGE_SIZE = 50
export const CHANNELS = ['ONLINE', 'COUNTER', 'SUPPORT_POINT'] as const

export interface Cursor {
  dueAt: Date
  id: string
}

export function encodeCursor(cursor: Cursor): string {
  return `${cursor.dueAt.getTime().toString(36)}.${cursor.id}`
}

export function decodeCursor(value: string | undefined): Cursor | null {
  const match = value?.match(/^([0-9a-z]+)\.([a-z0-9]+)$/)
  if (!match) return null
  // Past ±8.64e15 ms a Date is invalid ("zzzzzzzzzzzz" is 4.7e18) and the query would fail.
  const dueAt = new Date(parseInt(match[1]!, 36))
  return Number.isNaN(dueAt.getTime()) ? null : { dueAt, id: match[2]! }
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
