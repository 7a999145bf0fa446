// Before a draft becomes a dossier, every step of the wizard is checked again, whatever was posted before:
// autosave keeps answers unchecked (nothing typed is lost), so only submission may judge them.
import { answersSchema, type Question } from '../catalogue/questionnaire.ts'
import { applicantStepSchema } from './schemas.ts'
import type { WizardStep } from './wizard.ts'

export interface DraftForSubmission {
  applicant: { address?: string; agencyId?: string } | undefined
  answers: Record<string, string> | undefined
  questions: readonly Question[]
  /** The procedure's document slots and which of them have a file. */
  documents: readonly { id: string; mandatory: boolean }[]
  attached: ReadonlySet<string | null>
  /** More than one agency handles the procedure, so the applicant must have chosen one. */
  agencyToChoose: boolean
  /** A fee exemption or reduction is claimed without its proof. */
  feeCaseWithoutProof?: boolean
}

/** The first step that is not complete, or null when the draft may be submitted. */
export function incompleteStep(draft: DraftForSubmission): WizardStep | null {
  const applicant = applicantStepSchema.safeParse(draft.applicant ?? {})
  if (!applicant.success || (draft.agencyToChoose && !draft.applicant?.agencyId)) return 'nguoi-nop'
  if (!answersSchema([...draft.questions]).safeParse(draft.answers ?? {}).success) return 'thong-tin'
  if (draft.documents.some((slot) => slot.mandatory && !draft.attached.has(slot.id)) || draft.feeCaseWithoutProof) return 'giay-to'
  return null
}
