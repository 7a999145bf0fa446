// A procedure's own questions, stored as data on the procedure (Procedure.formSchema), from which the filing
// wizard draws its page and its validation. One zod schema per questionnaire serves browser and server.
import { z } from 'zod'
import { parseCalendarDate } from '../calendar/dates.ts'
import { text } from '../text.ts'

export const questionSchema = z.object({
  id: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  /** Catalogue text (Vietnamese, as the national catalogue publishes it). */
  label: z.string().min(1),
  hint: z.string().optional(),
  /** For the portal's own questions: message keys in locales/, used instead of label and hint. */
  labelKey: z.string().optional(),
  hintKey: z.string().optional(),
  kind: z.enum(['text', 'textarea', 'date', 'select']),
  required: z.boolean().default(true),
  options: z.array(z.object({ value: z.string(), label: z.string() })).optional(),
  maxLength: z.number().int().positive().max(5000).optional(),
})
export type Question = z.infer<typeof questionSchema>

export const questionnaireSchema = z.array(questionSchema)

/** Procedures without questions of their own ask what is requested. */
export const DEFAULT_QUESTIONS: Question[] = [
  { id: 'request', label: 'request', labelKey: 'wizard.defaultQuestion.label', hintKey: 'wizard.defaultQuestion.hint', kind: 'textarea', required: true, maxLength: 2000 },
]

export function questionsOf(formSchema: unknown): Question[] {
  const parsed = questionnaireSchema.safeParse(formSchema)
  return parsed.success && parsed.data.length > 0 ? parsed.data : DEFAULT_QUESTIONS
}

/** The answers' schema: message keys under errors.answer.* */
export function answersSchema(questions: Question[]) {
  const shape: Record<string, z.ZodType<string | undefined>> = {}
  for (const q of questions) {
    let field = text('errors.answer.required').max(q.maxLength ?? (q.kind === 'textarea' ? 2000 : 200), {
      error: 'errors.answer.tooLong',
    })
    // A date input posts yyyy-mm-dd; only real dates pass (Date.parse took 2026-02-30 for 2 March).
    if (q.kind === 'date') field = field.refine((v) => v === '' || parseCalendarDate(v) === v, { error: 'errors.answer.date' }) as never
    if (q.kind === 'select') {
      const values = (q.options ?? []).map((o) => o.value)
      field = field.refine((v) => v === '' || values.includes(v), { error: 'errors.answer.option' }) as never
    }
    shape[q.id] = q.required ? field.refine((v) => v !== '', { error: 'errors.answer.required' }) : field.optional()
  }
  return z.object(shape)
}
