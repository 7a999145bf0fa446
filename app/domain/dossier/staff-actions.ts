// What a staff action form may carry, parsed the same way for every action.
import { z } from 'zod'
import { text } from '../text.ts'
import { fullNameSchema, nationalIdSchema, phoneSchema } from '../identity/schemas.ts'

const optionalText = text().max(2000, { error: 'errors.reason.tooLong' }).optional().transform((v) => v || undefined)

export const staffActionSchema = z.object({
  intent: z.enum(['receive', 'refuse', 'requestSupplement', 'assign', 'submitForApproval', 'approve', 'reject', 'returnResult', 'stop', 'apologise', 'note']),
  version: z.coerce.number().int().min(0),
  reason: optionalText,
  /** One missing item per line. */
  items: text()
    .max(5000)
    .optional()
    .transform((v) => (v ?? '').split('\n').map((line) => line.trim()).filter(Boolean)),
  assigneeId: z.string().max(40).optional(),
  /** A date (yyyy-mm-dd); the new appointment is at the close of that day in Vietnam. */
  newDueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'errors.answer.date' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
})
export type StaffAction = z.infer<typeof staffActionSchema>

export function closeOfDay(date: string): Date {
  return new Date(`${date}T17:00:00+07:00`)
}

export const counterIntakeSchema = z.object({
  procedureCode: text('errors.intake.procedure').min(1, { error: 'errors.intake.procedure' }),
  applicantName: fullNameSchema,
  applicantNationalId: nationalIdSchema,
  applicantPhone: phoneSchema,
  applicantAddress: text('errors.address.required').min(5, { error: 'errors.address.required' }).max(300, { error: 'errors.address.tooLong' }),
})
