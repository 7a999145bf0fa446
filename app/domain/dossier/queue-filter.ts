// The back office queue's filters from the address: whatever it says, a valid filter (an unknown value is
// dropped, never a 500). The open queue by default; the archive by status or `view=all`; a search box.
import { z } from 'zod'
import { text } from '../text.ts'
import { CHANNELS, QUEUE_SORTS } from './queue.ts'
import { FILED_STATUSES } from './status.ts'

// Over 100 characters no link or form makes it: dropped, as an unknown status is.
const filterText = text()
  .max(100)
  .optional()
  .transform((v) => v || undefined)
  .catch(undefined)

const queueFilterSchema = z.object({
  /** A dossier code, a CCCD or part of the applicant's name. */
  q: filterText,
  status: z.enum(FILED_STATUSES).optional().catch(undefined),
  /** `all`: open and finished dossiers together. */
  view: z.literal('all').optional().catch(undefined),
  procedure: filterText,
  field: filterText,
  channel: z.enum(CHANNELS).optional().catch(undefined),
  due: z.enum(['soon', 'overdue']).optional().catch(undefined),
  mine: z.literal('1').optional().catch(undefined),
  awaitingApproval: z.literal('1').optional().catch(undefined),
  sort: z.enum(QUEUE_SORTS).optional().catch(undefined),
  after: filterText,
})
export type QueueFilter = z.infer<typeof queueFilterSchema>

export function parseQueueFilter(params: URLSearchParams): QueueFilter {
  return queueFilterSchema.parse(Object.fromEntries(params))
}
