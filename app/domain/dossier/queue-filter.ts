// The back office queue's filters from the address: whatever it says, a valid filter.
import { z } from 'zod'
import { text } from '../text.ts'
import { CHANNELS } from './queue.ts'
import { OPEN_STATUSES } from './status.ts'

// Over 100 characters no link or form makes it: dropped, as an unknown status is.
const filterText = text().max(100).optional().transform((v) => v || undefined).catch(undefined)

const queueFilterSchema = z.object({
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
