// The counter intake form: who the applicant is and how the result reaches them. The procedure's own questions
// are checked with its questionnaire's schema, its documents against its checklist.
import { z } from 'zod'
import { answersSchema, type Question } from '../catalogue/questionnaire.ts'
import { fullNameSchema, nationalIdSchema, phoneSchema } from '../identity/schemas.ts'
import { text } from '../text.ts'

const address = text('errors.address.required').min(5, { error: 'errors.address.required' }).max(300, { error: 'errors.address.tooLong' })

export const RESULT_DELIVERIES = ['DESK', 'POST', 'ONLINE'] as const

export const counterIntakeSchema = z
  .object({
    procedureCode: text('errors.intake.procedure').min(1, { error: 'errors.intake.procedure' }),
    applicantName: fullNameSchema,
    applicantNationalId: nationalIdSchema,
    applicantPhone: phoneSchema,
    applicantAddress: address,
    delivery: z.enum(RESULT_DELIVERIES, { error: 'errors.intake.delivery' }),
    deliveryAddress: text().max(300, { error: 'errors.address.tooLong' }).optional(),
  })
  .refine((v) => v.delivery !== 'POST' || (v.deliveryAddress ?? '').length >= 5, { path: ['deliveryAddress'], error: 'errors.address.required' })

/** The whole counter form: the applicant, the delivery and the procedure's own questions. */
export function intakeFormSchema(questions: Question[]) {
  return z.intersection(counterIntakeSchema, answersSchema(questions))
}
