import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useFetcher, useLoaderData } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { QuestionField } from '~/components/forms/QuestionField.tsx'
import { WizardHeader } from '~/components/WizardHeader.tsx'
import { questionLabels } from '~/domain/catalogue/question-label.ts'
import { answersSchema, questionsOf } from '~/domain/catalogue/questionnaire.ts'
import { stepHref } from '~/domain/dossier/wizard.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { parseForm } from '~/forms/validation.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { draftData, saveDraft } from '~/models/dossier.server.ts'
import { requireDraft } from '~/utils/draft.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { draft } = await requireDraft(request, params.id)
  return {
    title: await pageTitle(request, 'wizard.steps.thong-tin'),
    dossierId: draft.id,
    procedureName: draft.procedure.name,
    questions: questionsOf(draft.procedure.formSchema),
    answers: draftData(draft.formData).answers ?? {},
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { prisma, draft } = await requireDraft(request, params.id)
  const formData = await request.formData()
  const questions = questionsOf(draft.procedure.formSchema)
  const parsed = parseForm(formData, answersSchema(questions))
  // What was typed is saved even when something is wrong, so nothing is lost on a reload.
  const typed = Object.fromEntries(questions.map((q) => [q.id, String(formData.get(q.id) ?? '').slice(0, 5000)]))
  await saveDraft(prisma, draft, { answers: parsed.ok ? (parsed.data as Record<string, string>) : typed })
  // Autosave (while typing, with JavaScript) keeps the draft without judging it yet.
  if (formData.get('intent') === 'autosave') return { ok: true as const, savedAt: new Date().toISOString() }
  if (!parsed.ok) return invalid(parsed)
  throw redirect(stepHref(draft.id, 'giay-to'))
}

export default function QuestionsStep() {
  const data = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const loadSchema = useMemo(() => () => import('~/domain/catalogue/questionnaire.ts').then((m) => m.answersSchema(data.questions)), [data.questions])
  const { field, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData && !actionData.ok ? actionData : undefined)
  const autosave = useFetcher<typeof action>()
  const saveWhileTyping = (event: React.FocusEvent<HTMLFormElement>) => {
    const body = new FormData(event.currentTarget)
    body.set('intent', 'autosave')
    autosave.submit(body, { method: 'post' })
  }
  return (
    <div className="form-narrow">
      <ErrorSummary errors={errors} submitCount={submitCount} labels={questionLabels(data.questions, t)} />
      <WizardHeader dossierId={data.dossierId} step="thong-tin" procedureName={data.procedureName} />
      <Form method="post" noValidate onSubmit={onSubmit} onBlur={saveWhileTyping}>
        {data.questions.map((question) => {
          const props = field(question.id)
          return <QuestionField key={question.id} question={question} {...props} defaultValue={props.defaultValue ?? data.answers[question.id] ?? ''} />
        })}
        <p role="status" className="secondary">
          {autosave.data?.ok ? t('wizard.autosaved') : ''}
        </p>
        <button type="submit" className="button">
          {t('wizard.continue')}
        </button>
      </Form>
    </div>
  )
}
