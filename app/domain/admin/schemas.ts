// Forms of the administration area, validated in the browser and again in the action.
import { z } from 'zod'
import { STAFF_ROLES } from '../auth/roles.ts'
import { calendarDate } from '../calendar/date-schema.ts'
import { text } from '../text.ts'
import { emailSchema, fullNameSchema, newPasswordSchema, phoneSchema } from '../identity/schemas.ts'

export const holidaySchema = z.object({
  date: calendarDate(),
  name: text('errors.admin.name').min(2, { error: 'errors.admin.name' }).max(120, { error: 'errors.admin.name' }),
  kind: z.enum(['DAY_OFF', 'WORKING_DAY'], { error: 'errors.answer.option' }),
})

export const staffSchema = z.object({
  fullName: fullNameSchema,
  email: emailSchema,
  phone: phoneSchema,
  role: z.enum(STAFF_ROLES, { error: 'errors.answer.option' }),
  agencyCode: text().optional(),
  password: newPasswordSchema,
})

/** An admin's change to a staff account: its role, and (system admins) its agency. */
export const staffEditSchema = z.object({
  role: z.enum(STAFF_ROLES, { error: 'errors.answer.option' }),
  agencyCode: text().optional(),
})

export const procedureEditSchema = z.object({
  name: text('errors.admin.name').min(5, { error: 'errors.admin.name' }).max(500, { error: 'errors.admin.name' }),
  onlineLevel: z.enum(['NONE', 'PARTIAL', 'FULL'], { error: 'errors.answer.option' }),
  timeLimit: z.coerce
    .number({ error: 'errors.admin.timeLimit' })
    .min(0.5, { error: 'errors.admin.timeLimit' })
    .max(365, { error: 'errors.admin.timeLimit' })
    .refine((v) => Number.isInteger(v * 2), { error: 'errors.admin.timeLimit' }),
  timeLimitUnit: z.enum(['WORKING_DAY', 'CALENDAR_DAY'], { error: 'errors.answer.option' }),
  conditions: text().max(5000).optional(),
  legalBasis: text('errors.admin.legalBasis').min(3, { error: 'errors.admin.legalBasis' }).max(5000),
})

export const agencyEditSchema = z.object({
  name: text('errors.admin.name').min(3, { error: 'errors.admin.name' }).max(300, { error: 'errors.admin.name' }),
  address: text().max(300).optional(),
  phone: text().max(30).optional(),
  email: z.union([z.literal(''), z.email({ error: 'errors.email.format' })]).optional(),
})
