// One zod schema per form, used by react-hook-form in the browser and again by the action.
// Messages are keys into locales/*/common.json, translated where they are shown.
import { z } from 'zod'
import { nationalIdProblem } from './national-id.ts'

const trimmed = (key: string) => z.string({ error: key }).trim()

/** Spaces are forgiven ("089 090 000 001" as printed on some cards). */
export const nationalIdSchema = trimmed('errors.nationalId.required')
  .min(1, { error: 'errors.nationalId.required' })
  .transform((v) => v.replace(/\s+/g, ''))
  .refine((v) => nationalIdProblem(v) !== 'format', { error: 'errors.nationalId.format' })
  .refine((v) => nationalIdProblem(v) !== 'province', { error: 'errors.nationalId.province' })

/** Vietnamese mobile numbers: 0 or +84, then a 3/5/7/8/9 network prefix and 8 digits. */
export const phoneSchema = trimmed('errors.phone.required')
  .min(1, { error: 'errors.phone.required' })
  .transform((v) => v.replace(/[\s.-]/g, '').replace(/^\+84/, '0'))
  .pipe(z.string().regex(/^0[35789]\d{8}$/, { error: 'errors.phone.format' }))

export const emailSchema = trimmed('errors.email.required')
  .min(1, { error: 'errors.email.required' })
  .max(254, { error: 'errors.email.format' })
  .pipe(z.email({ error: 'errors.email.format' }))
  .transform((v) => v.toLowerCase())

export const fullNameSchema = trimmed('errors.fullName.required')
  .min(1, { error: 'errors.fullName.required' })
  .max(100, { error: 'errors.fullName.tooLong' })
  .transform((v) => v.normalize('NFC').replace(/\s+/g, ' '))
  .pipe(z.string().regex(/^[\p{L}\p{M}' .-]+$/u, { error: 'errors.fullName.characters' }))

export const newPasswordSchema = z
  .string({ error: 'errors.password.required' })
  .min(8, { error: 'errors.password.tooShort' })
  .max(128, { error: 'errors.password.tooLong' })

export const registrationSchema = z
  .object({
    fullName: fullNameSchema,
    nationalId: nationalIdSchema,
    phone: phoneSchema,
    email: emailSchema,
    password: newPasswordSchema,
    confirmPassword: z.string({ error: 'errors.confirmPassword.mismatch' }),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    error: 'errors.confirmPassword.mismatch',
  })
export type Registration = z.infer<typeof registrationSchema>

export const loginSchema = z.object({
  /** CCCD for citizens, e-mail for everyone. */
  identifier: trimmed('errors.identifier.required').min(1, { error: 'errors.identifier.required' }),
  password: z.string({ error: 'errors.password.required' }).min(1, { error: 'errors.password.required' }),
  redirectTo: z.string().optional(),
})
export type Login = z.infer<typeof loginSchema>
