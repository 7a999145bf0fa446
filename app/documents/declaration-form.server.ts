// A procedure's declaration form (tờ khai) drawn from its questions — the same questions the filing wizard
// asks — so the paper form and the online one never drift apart. Blank for download from the catalogue, or
// filled in with what the applicant declared (the dossier's frozen declaration).
import type { TFunction } from 'i18next'
import { questionsOf, type Question } from '../domain/catalogue/questionnaire.ts'
import { declarationOf, declarationRows, type DeclaredAnswer } from '../domain/dossier/declaration.ts'
import { dateParts } from '../domain/documents/official.ts'
import { maskNationalId } from '../domain/identity/national-id.ts'
import type { Block } from './blocks.ts'

export interface DeclarationFormInput {
  form: { code: string; name: string }
  procedure: { name: string; formSchema: unknown; documents: { name: string; formId: string | null }[] }
  /** Who the form is addressed to: the agency handling the dossier, or blank on a blank form. */
  agencyName?: string
  applicant?: { name: string | null; nationalId: string | null; address: string | null; phone: string | null }
  /** What was declared; a blank form when absent. */
  declared?: DeclaredAnswer[]
  /** When it was filed: the date line. */
  at?: Date
}

/** A choice left blank shows its options to tick. */
function blankChoice(question: Question | undefined) {
  return question?.options?.map((o) => `[   ] ${o.label}`).join('     ')
}

export function declarationForm(input: DeclarationFormInput, t: TFunction): { title: string; blocks: Block[] } {
  const questions = questionsOf(input.procedure.formSchema)
  const declared = input.declared ?? declarationOf(questions, {})
  const byId = new Map(questions.map((q) => [q.id, q]))
  const a = input.applicant
  const date = input.at ? dateParts(input.at) : { dd: '……', mm: '……', yyyy: '……' }
  const others = input.procedure.documents.filter((d) => d.formId === null).map((d) => d.name)
  const blocks: Block[] = [
    { kind: 'letterhead', motto: [t('forms.motto1'), t('forms.motto2')] },
    { kind: 'title', text: input.form.name, subtitle: `(${input.form.code})` },
    { kind: 'addressee', text: t('declarationForm.to', { agency: input.agencyName ?? '……………………………………………' }) },
    { kind: 'heading', text: t('declarationForm.applicant') },
    { kind: 'field', label: t('declarationForm.name'), value: a?.name ?? '' },
    { kind: 'field', label: t('forms.fields.nationalId'), value: a?.nationalId ? maskNationalId(a.nationalId) : '' },
    { kind: 'field', label: t('declarationForm.address'), value: a?.address ?? '' },
    { kind: 'field', label: t('declarationForm.phone'), value: a?.phone ?? '' },
    { kind: 'heading', text: t('declarationForm.request', { procedure: input.procedure.name }) },
    ...declarationRows(declared, t).map((row) => ({ kind: 'field' as const, label: row.label, value: row.value || blankChoice(byId.get(row.id)) || '' })),
    ...(others.length
      ? [
          { kind: 'heading' as const, text: t('declarationForm.attached') },
          { kind: 'list' as const, items: others },
        ]
      : []),
    { kind: 'paragraph', indent: true, text: t('declarationForm.pledge') },
    { kind: 'paragraph', text: t('declarationForm.dateLine', date) },
    { kind: 'signatures', parties: [{ title: t('forms.signers.declarant'), note: t('forms.signers.noteDeclarant'), name: a?.name ?? undefined }] },
  ]
  return { title: input.form.name, blocks }
}
