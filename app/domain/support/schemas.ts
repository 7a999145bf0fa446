// Forms of the support-point area.
import { z } from 'zod'
import { calendarDate } from '../calendar/date-schema.ts'
import { text } from '../text.ts'
import { fullNameSchema, nationalIdSchema, phoneSchema } from '../identity/schemas.ts'

export const personSchema = z.object({
  fullName: fullNameSchema,
  nationalId: nationalIdSchema,
  dateOfBirth: calendarDate({ notAfter: 'today', messages: { format: 'errors.dateOfBirth.required', future: 'errors.dateOfBirth.range' } }),
  phone: phoneSchema,
})

export const consentCodeSchema = z.object({
  code: text('errors.consent.code').regex(/^\d{6}$/, { error: 'errors.consent.code' }),
})
