// What the applicant declared: the procedure's questions with the answers, frozen at submission so that staff
// decide on exactly what was filed even if the catalogue's questions change later (docs/domain.md §3).
import type { Question } from '../catalogue/questionnaire.ts'
import { showCalendarDate } from '../calendar/dates.ts'

export interface DeclaredAnswer {
  id: string
  /** The question as the applicant read it (catalogue text), or a message key for the portal's own questions. */
  label: string
  labelKey?: string
  kind: Question['kind']
  value: string
  /** For a choice: the option's label as shown to the applicant. */
  choice?: string
}

export function declarationOf(questions: readonly Question[], answers: Record<string, string | undefined>): DeclaredAnswer[] {
  return questions.map((q) => {
    const value = answers[q.id] ?? ''
    const choice = q.options?.find((o) => o.value === value)?.label
    return { id: q.id, label: q.label, ...(q.labelKey && { labelKey: q.labelKey }), kind: q.kind, value, ...(choice && { choice }) }
  })
}

/** A stored declaration, or null when the column holds something else (dossiers filed before it existed). */
export function readDeclaration(stored: unknown): DeclaredAnswer[] | null {
  if (!Array.isArray(stored)) return null
  const valid = stored.every((e) => e && typeof e === 'object' && typeof e.id === 'string' && typeof e.label === 'string' && typeof e.value === 'string')
  return valid ? (stored as DeclaredAnswer[]) : null
}

/** One row per question as people read it: translated label, option label, dates as dd/mm/yyyy, "—" if blank. */
export function declarationRows(entries: readonly DeclaredAnswer[], translate: (key: string) => string) {
  return entries.map((e) => ({
    id: e.id,
    label: e.labelKey ? translate(e.labelKey) : e.label,
    value: e.choice ?? (e.kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(e.value) ? showCalendarDate(e.value) : e.value) ?? '',
  }))
}
