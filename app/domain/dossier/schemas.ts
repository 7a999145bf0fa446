// The citizen's dossier forms: the wizard's applicant page, withdrawing, rating and the public lookup.
import { z } from 'zod'
import { text } from '../text.ts'

export const applicantStepSchema = z.object({
  address: text('errors.address.required').min(5, { error: 'errors.address.required' }).max(300, { error: 'errors.address.tooLong' }),
  agencyId: z.string().optional(),
})

export const withdrawSchema = z.object({
  reason: text('errors.reason.required').min(3, { error: 'errors.reason.required' }).max(1000, { error: 'errors.reason.tooLong' }),
})

/** The applicant's answer to a supplement request: files (checked apart) and an optional note. */
export const supplementAnswerSchema = z.object({
  note: text()
    .max(1000, { error: 'errors.reason.tooLong' })
    .optional()
    .transform((v) => v || undefined),
})

export const ratingSchema = z.object({
  score: z.coerce.number({ error: 'errors.rating.required' }).int().min(1, { error: 'errors.rating.required' }).max(5, { error: 'errors.rating.required' }),
  comment: text().max(1000, { error: 'errors.reason.tooLong' }).optional(),
})

export const lookupSchema = z.object({
  /** Codes are printed in capitals; people type them in lower case, with spaces, or copied with a trailing dot. */
  code: text('errors.lookup.code')
    .transform((v) => v.normalize('NFKC').replace(/\s+/g, '').replace(/\.$/, '').toUpperCase())
    .pipe(z.string().min(8, { error: 'errors.lookup.code' }).max(60, { error: 'errors.lookup.code' })),
  secret: text('errors.lookup.secret')
    .transform((v) =>
      v
        .normalize('NFKC')
        .replace(/[\s.-]/g, '')
        .replace(/^\+84/, '0'),
    )
    .pipe(z.string().regex(/^(\d{10}|\d{12})$/, { error: 'errors.lookup.secret' })),
})
