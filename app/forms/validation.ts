// Parsing a submitted form with the same zod schema the browser used.
import { z } from 'zod'

export type FieldErrors = Record<string, string>

export interface FormFailure {
  ok: false
  /** Message keys per field, translated where they are shown. */
  errors: FieldErrors
  /** What the person typed, sent back so nothing is lost (never passwords). */
  values: Record<string, string>
}

const SECRET = /password/i

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of formData) {
    if (typeof value === 'string' && !SECRET.test(key)) values[key] = value
  }
  return values
}

export function parseForm<S extends z.ZodType>(formData: FormData, schema: S): { ok: true; data: z.output<S> } | FormFailure {
  const raw = Object.fromEntries([...formData].filter(([, v]) => typeof v === 'string'))
  const result = schema.safeParse(raw)
  if (result.success) return { ok: true, data: result.data }
  return { ok: false, errors: firstErrors(result.error), values: formValues(formData) }
}

/** The first message of each field (GOV.UK shows one message per field). */
export function firstErrors(error: z.ZodError): FieldErrors {
  const { fieldErrors, formErrors } = z.flattenError(error) as {
    fieldErrors: Record<string, string[] | undefined>
    formErrors: string[]
  }
  const errors: FieldErrors = {}
  for (const [field, messages] of Object.entries(fieldErrors)) if (messages?.[0]) errors[field] = messages[0]
  if (formErrors[0]) errors.form = formErrors[0]
  return errors
}

export function failure(errors: FieldErrors, formData: FormData): FormFailure {
  return { ok: false, errors, values: formValues(formData) }
}
