// One zod schema per form, used by react-hook-form in the browser and again by the action.
// Messages are keys into locales/*/common.json, translated where they are shown.
import { z } from 'zod'
import { hasControlCharacters } from '../auth/roles.ts'
import { calendarDate } from '../calendar/date-schema.ts'
import { text } from '../text.ts'
import { nationalIdProblem } from './national-id.ts'

/** Spaces are forgiven ("089 090 000 001" as printed on some cards), and full-width digits from some keyboards. */
export const nationalIdSchema = text('errors.nationalId.required')
  .min(1, { error: 'errors.nationalId.required' })
  .transform((v) => v.normalize('NFKC').replace(/\s+/g, ''))
  .refine((v) => nationalIdProblem(v) !== 'format', { error: 'errors.nationalId.format' })
  .refine((v) => nationalIdProblem(v) !== 'province', { error: 'errors.nationalId.province' })

/** Vietnamese mobile numbers: 0 or +84, then a 3/5/7/8/9 network prefix and 8 digits. */
export const phoneSchema = text('errors.phone.required')
  .min(1, { error: 'errors.phone.required' })
  .transform((v) => v.replace(/[\s.-]/g, '').replace(/^\+84/, '0'))
  .pipe(z.string().regex(/^0[35789]\d{8}$/, { error: 'errors.phone.format' }))

export const emailSchema = text('errors.email.required')
  .min(1, { error: 'errors.email.required' })
  .max(254, { error: 'errors.email.format' })
  .pipe(z.email({ error: 'errors.email.format' }))
  .transform((v) => v.toLowerCase())

/**
 * Letters of any script with their marks, in either Unicode form (stored composed, NFC); spaces, hyphens,
 * apostrophes. Refused: digits, emoji, invisible characters (zero-width, direction overrides), and marks
 * stacked on one letter beyond the two Vietnamese needs (a decomposed "ệ" has two).
 */
export const fullNameSchema = text('errors.fullName.required')
  .min(1, { error: 'errors.fullName.required' })
  .transform((v) => v.replace(/\s+/g, ' ')) // text() has composed it already
  .pipe(
    z
      .string()
      .max(100, { error: 'errors.fullName.tooLong' })
      .regex(/^(?:\p{L}\p{M}{0,2}|[' .-])+$/u, { error: 'errors.fullName.characters' })
      .regex(/\p{L}/u, { error: 'errors.fullName.characters' }),
  )

export const newPasswordSchema = z.string({ error: 'errors.password.required' }).min(8, { error: 'errors.password.tooShort' }).max(128, { error: 'errors.password.tooLong' })

/** An optional field: empty stays empty; anything else must pass `schema`, with its message, and is normalised by it. */
function optional(schema: z.ZodType<string, string>) {
  return z
    .string()
    .optional()
    .check((payload) => {
      const checked = payload.value?.trim() ? schema.safeParse(payload.value) : null
      if (checked && !checked.success) payload.issues.push({ code: 'custom', message: checked.error.issues[0]!.message, input: payload.value, continue: true })
    })
    .transform((value) => (value?.trim() ? schema.parse(value) : ''))
}

/** A form that sets a new password, typed twice. */
function withNewPassword<T extends z.ZodRawShape>(shape: T) {
  return z
    .object({ ...shape, password: newPasswordSchema, confirmPassword: z.string({ error: 'errors.confirmPassword.mismatch' }) })
    .refine((v) => (v as { password: string }).password === (v as { confirmPassword: string }).confirmPassword, { path: ['confirmPassword'], error: 'errors.confirmPassword.mismatch' })
}

/** Where to go next; a control character in it is refused (400), never put in a header. */
const redirectTarget = z
  .string()
  .refine((v) => !hasControlCharacters(v), { error: 'errors.redirectTo' })
  .optional()

/** CCCD for citizens, e-mail for everyone. */
const identifier = text('errors.identifier.required').min(1, { error: 'errors.identifier.required' }).max(254, { error: 'errors.identifier.required' })

export const registrationSchema = withNewPassword({
  fullName: fullNameSchema,
  nationalId: nationalIdSchema,
  phone: phoneSchema,
  /** Optional: many older people have none; the phone is the account's contact and recovery channel. */
  email: optional(emailSchema),
})
export type Registration = z.infer<typeof registrationSchema>

/** A six-digit one-time code, typed with or without spaces. */
const code = text('errors.code.format')
  .transform((v) => v.normalize('NFKC').replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, { error: 'errors.code.format' }))
export const codeSchema = z.object({ code })

export const loginSchema = z.object({
  identifier,
  password: z.string({ error: 'errors.password.required' }).min(1, { error: 'errors.password.required' }),
  /** "Stay signed in on this device" (a checkbox: "on" when ticked). */
  persistent: z
    .string()
    .optional()
    .transform((v) => v === 'on'),
  redirectTo: redirectTarget,
})
export type Login = z.infer<typeof loginSchema>

/** "Someone else" at the sandbox e-ID: the details a tester gives the person they sign in as. */
export const sandboxPersonSchema = z.object({
  nationalId: nationalIdSchema,
  fullName: fullNameSchema,
  dateOfBirth: calendarDate({ notAfter: 'today', messages: { format: 'errors.dateOfBirth.required', future: 'errors.dateOfBirth.range' } }),
  sex: z.enum(['MALE', 'FEMALE'], { error: 'errors.answer.option' }),
  phone: optional(phoneSchema),
  address: text().max(300, { error: 'errors.address.tooLong' }).optional(),
  level: z.coerce.number({ error: 'errors.answer.option' }).int().min(1).max(2),
})

/** The current password is asked for when the account has one. */
export const passwordChangeSchema = withNewPassword({ currentPassword: z.string().optional(), redirectTo: redirectTarget })

/** The profile page's forms. */
export const addressSchema = z.object({ address: text().max(300, { error: 'errors.address.tooLong' }) })
export const phoneChangeSchema = z.object({ phone: phoneSchema })
export const emailChangeSchema = z.object({ email: emailSchema })

/** Account recovery: who, then the code from the phone with the new password, or the e-mailed link's new password. */
export const recoveryStartSchema = z.object({ identifier })
export const recoveryCodeSchema = withNewPassword({ code })
export const recoveryLinkSchema = withNewPassword({})
