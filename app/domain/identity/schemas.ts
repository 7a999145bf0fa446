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

export const newPasswordSchema = z
  .string({ error: 'errors.password.required' })
  .min(8, { error: 'errors.password.tooShort' })
  .max(128, { error: 'errors.password.tooLong' })

export const registrationSchema = z
  .object({
    fullName: fullNameSchema,
    nationalId: nationalIdSchema,
    phone: phoneSchema,
    /** Optional: many older people have none; the phone is the account's contact and recovery channel. */
    email: z.union([z.literal(''), emailSchema]).optional(),
    password: newPasswordSchema,
    confirmPassword: z.string({ error: 'errors.confirmPassword.mismatch' }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    error: 'errors.confirmPassword.mismatch',
  })
export type Registration = z.infer<typeof registrationSchema>

/** A six-digit one-time code, typed with or without spaces. */
export const codeSchema = z.object({
  code: text('errors.code.format')
    .transform((v) => v.normalize('NFKC').replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { error: 'errors.code.format' })),
})

export const loginSchema = z.object({
  /** CCCD for citizens, e-mail for everyone. */
  identifier: text('errors.identifier.required').min(1, { error: 'errors.identifier.required' }),
  password: z.string({ error: 'errors.password.required' }).min(1, { error: 'errors.password.required' }),
  /** "Stay signed in on this device" (a checkbox: "on" when ticked). */
  persistent: z.unknown().transform((v) => v === 'on' || v === true),
  /** Where to go after logging in; a control character in it is refused (400), never put in a header. */
  redirectTo: z.string().refine((v) => !hasControlCharacters(v), { error: 'errors.redirectTo' }).optional(),
})
export type Login = z.infer<typeof loginSchema>

/** "Someone else" at the sandbox e-ID: the details a tester gives the person they sign in as. */
export const sandboxPersonSchema = z.object({
  nationalId: nationalIdSchema,
  fullName: fullNameSchema,
  dateOfBirth: calendarDate({ notAfter: 'today', messages: { format: 'errors.dateOfBirth.required', future: 'errors.dateOfBirth.range' } }),
  sex: z.enum(['MALE', 'FEMALE'], { error: 'errors.answer.option' }),
  phone: z.union([z.literal(''), phoneSchema]).optional(),
  address: text().max(300, { error: 'errors.address.tooLong' }).optional(),
  level: z.coerce.number({ error: 'errors.answer.option' }).int().min(1).max(2),
})

/** A new password twice; the current one when the account has a password. */
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().optional(),
    password: newPasswordSchema,
    confirmPassword: z.string({ error: 'errors.confirmPassword.mismatch' }),
    redirectTo: z.string().refine((v) => !hasControlCharacters(v), { error: 'errors.redirectTo' }).optional(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], error: 'errors.confirmPassword.mismatch' })
