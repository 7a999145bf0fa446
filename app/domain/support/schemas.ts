// Forms of the support-point area.
import { z } from 'zod'
import { text } from '../text.ts'
import { fullNameSchema, nationalIdSchema, phoneSchema } from '../identity/schemas.ts'

export const personSchema = z.object({
  fullName: fullNameSchema,
  nationalId: nationalIdSchema,
  dateOfBirth: z
    .string({ error: 'errors.dateOfBirth.required' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'errors.dateOfBirth.required' })
    .refine((v) => Date.parse(v) < Date.now() && Date.parse(v) > Date.parse('1900-01-01'), { error: 'errors.dateOfBirth.range' }),
  phone: phoneSchema,
})

export const consentCodeSchema = z.object({
  code: text('errors.consent.code').regex(/^\d{6}$/, { error: 'errors.consent.code' }),
})

export const CONSENT_CODE_MINUTES = 10
