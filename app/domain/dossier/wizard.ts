// The filing wizard's pages, in order. Their forms' schemas are in ./schemas.ts, the procedure's own questions
// in its questionnaire (domain/catalogue/questionnaire.ts); kept apart so pages that only link carry no zod.

export const WIZARD_STEPS = ['nguoi-nop', 'thong-tin', 'giay-to', 'kiem-tra'] as const
export type WizardStep = (typeof WIZARD_STEPS)[number]

export function stepHref(dossierId: string, step: WizardStep) {
  return `/ho-so/${dossierId}/${step}`
}
