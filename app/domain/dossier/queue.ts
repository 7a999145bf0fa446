// The back office queue's filters and keyset cursor: sorted by due date then id, so paging stays fast and
// stable however many dossiers are open.
import { z } from 'zod'
import { text } from '../text.ts'
import { OPEN_STATUSES } from './status.ts'

export const QUEUE_PAGE_SIZE = 50
export const CHANNELS = ['ONLINE', 'COUNTER', 'SUPPORT_POINT'] as const

const filterText = text().max(100).optional().transform((v) => v || undefined)

export const queueFilterSchema = z.object({
  status: z.enum(OPEN_STATUSES).optional().catch(undefined),
  procedure: filterText,
  field: filterText,
  channel: z.enum(CHANNELS).optional().catch(undefined),
  due: z.enum(['soon', 'overdue']).optional().catch(undefined),
  mine: z.literal('1').optional().catch(undefined),
  awaitingApproval: z.literal('1').optional().catch(undefined),
  after: filterText,
})
export type QueueFilter = z.infer<typeof queueFilterSchema>

export function parseQueueFilter(params: URLSearchParams): QueueFilter {
  return queueFilterSchema.parse(Object.fromEntries(params))
}

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
  const time = parseInt(match[1]!, 36)
  return Number.isFinite(time) ? { dueAt: new Date(time), id: match[2]! } : null
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
