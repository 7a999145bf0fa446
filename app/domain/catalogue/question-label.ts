// A question's label as the applicant reads it: catalogue text, or a message key for the portal's own questions.
// Apart from questionnaire.ts so pages can use it without loading zod.
import type { Question } from './questionnaire.ts'

export function questionLabel(question: Pick<Question, 'label' | 'labelKey'>, translate: (key: string) => string): string {
  return question.labelKey ? translate(question.labelKey) : question.label
}

/** Field name → label, for an error summary that names each question. */
export function questionLabels(questions: readonly Question[], translate: (key: string) => string): Record<string, string> {
  return Object.fromEntries(questions.map((q) => [q.id, questionLabel(q, translate)]))
}
