// What a staff action form may carry, parsed the same way for every action, and where a refusal is shown.
import { z } from 'zod'
import { calendarDate } from '../calendar/date-schema.ts'
import { text } from '../text.ts'
import type { Action, Refusal } from './lifecycle.ts'

const optionalText = text()
  .max(2000, { error: 'errors.reason.tooLong' })
  .optional()
  .transform((v) => v || undefined)
/** A date after today, or nothing. */
const laterDate = z.preprocess((v) => (v === '' ? undefined : v), calendarDate({ notBefore: 'tomorrow' }).optional())

export const STAFF_INTENTS = [
  'receive',
  'refuse',
  'requestSupplement',
  'assign',
  'submitForApproval',
  'sendBack',
  'approve',
  'reject',
  'returnResult',
  'stop',
  'apologise',
  'note',
] as const satisfies readonly Action[]

export const staffActionSchema = z.object({
  intent: z.enum(STAFF_INTENTS),
  version: z.coerce.number().int().min(0),
  reason: optionalText,
  /** One missing item per line. */
  items: text()
    .max(5000)
    .optional()
    .transform((v) =>
      (v ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  assigneeId: z.string().max(40).optional(),
  /** The new appointment of an apology, at the close of that day in Vietnam. */
  newDueDate: laterDate,
  /** The date a supplement request is to be answered by. */
  answerBy: laterDate,
})

/** 17:00 in Vietnam on a yyyy-mm-dd date: appointments are at the end of a working day. */
export function closeOfDay(date: string): Date {
  return new Date(`${date}T17:00:00+07:00`)
}

/** The form field a refusal is shown next to (message key errors.transition.<refusal>). */
export function refusalField(intent: Action, refusal: Refusal | 'conflict' | 'notFound' | 'incomplete' | 'signingUnavailable'): string {
  switch (refusal) {
    case 'reasonRequired':
      return 'reason'
    case 'itemsRequired':
      return 'items'
    case 'draftRequired':
      return 'files'
    case 'answerRequired':
      return 'supplement'
    case 'dateRequired':
      return intent === 'apologise' ? 'newDueDate' : 'answerBy'
    case 'assigneeRequired':
      return 'assigneeId'
    default:
      return 'form'
  }
}
