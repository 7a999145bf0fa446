import { randomUUID } from 'node:crypto'
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { WizardHeader } from '~/components/WizardHeader.tsx'
import { questionsOf } from '~/domain/catalogue/questionnaire.ts'
import { stepHref } from '~/domain/dossier/wizard.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { workingCalendar } from '~/models/calendar.server.ts'
import { declarationOf, declarationRows } from '~/domain/dossier/declaration.ts'
import { draftData, draftIncompleteStep, feeTotal, submitDraft, TransitionError } from '~/models/dossier.server.ts'
import { feeProofOf } from '~/models/fee-cases.server.ts'
import { translatorFor } from '~/i18n/i18n.server.ts'
import { requireDraft } from '~/utils/draft.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, prisma, draft } = await requireDraft(request, params.id)
  const data = draftData(draft.formData)
  const calendar = await workingCalendar(prisma)
  const t = await translatorFor(request)
  return {
    title: await pageTitle(request, 'wizard.steps.kiem-tra'),
    dossierId: draft.id,
    procedureName: draft.procedure.name,
    applicant: { fullName: user.fullName, address: data.applicant?.address ?? '' },
    agency: draft.agency.name,
    answers: declarationRows(declarationOf(questionsOf(draft.procedure.formSchema), data.answers ?? {}), t),
    documents: draft.procedure.documents.map((slot) => ({ name: slot.name, file: draft.documents.find((d) => d.requiredDocumentId === slot.id)?.file.fileName ?? null })),
    fee: feeTotal(draft.procedure.fees),
    feeCase: draft.feeCaseId
      ? {
          ...(await prisma.feeCase.findUniqueOrThrow({ where: { id: draft.feeCaseId }, select: { name: true, reductionPercent: true } })),
          proof: (await feeProofOf(prisma, draft.id))?.file.fileName ?? null,
        }
      : null,
    expectedDue: calendar.dueDate(new Date(), draft.procedure.timeLimit, draft.procedure.timeLimitUnit).toISOString(),
    complete: draftIncompleteStep(draft) === null,
    // A new key per page view: a double click or a retry sends the same key and gets the same dossier.
    submitKey: randomUUID(),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, prisma, draft } = await requireDraft(request, params.id)
  const key = String((await request.formData()).get('submitKey') ?? '')
  if (!/^[0-9a-f-]{36}$/.test(key)) throw new Response('Bad request', { status: 400 })
  try {
    const submitted = await submitDraft(prisma, draft, user, key)
    throw redirect(`/ho-so/${submitted.id}/da-nop`)
  } catch (error) {
    // Each step is checked again at submission: the person goes back to the first one that is incomplete.
    if (error instanceof TransitionError && error.step) throw redirect(stepHref(draft.id, error.step))
    throw error
  }
}

function Row({ label, value, change, changeLabel }: { label: string; value: string; change: string; changeLabel: string }) {
  return (
    <div className="summary-row">
      <dt>{label}</dt>
      <dd>{value}</dd>
      <dd className="summary-row__action">
        <Link to={change}>{changeLabel}</Link>
      </dd>
    </div>
  )
}

export default function CheckAnswers() {
  const data = useLoaderData<typeof loader>()
  const navigation = useNavigation()
  const { t } = useTranslation()
  const f = useFormat()
  const change = (step: 'nguoi-nop' | 'thong-tin' | 'giay-to', what: string) => ({
    change: stepHref(data.dossierId, step),
    changeLabel: t('wizard.check.change', { what }),
  })
  return (
    <>
      <WizardHeader dossierId={data.dossierId} step="kiem-tra" procedureName={data.procedureName} />
      <h2>{t('wizard.check.applicant')}</h2>
      <dl className="summary-list">
        <Row label={t('register.fullName')} value={data.applicant.fullName} {...change('nguoi-nop', t('register.fullName'))} />
        <Row label={t('wizard.applicant.address')} value={data.applicant.address} {...change('nguoi-nop', t('wizard.applicant.address'))} />
        <Row label={t('wizard.applicant.agency')} value={data.agency} {...change('nguoi-nop', t('wizard.applicant.agency'))} />
      </dl>
      <h2>{t('wizard.check.answers')}</h2>
      <dl className="summary-list">
        {data.answers.map((answer) => (
          <Row key={answer.id} label={answer.label} value={answer.value || '—'} {...change('thong-tin', answer.label)} />
        ))}
      </dl>
      <h2>{t('wizard.check.documents')}</h2>
      <dl className="summary-list">
        {data.documents.map((doc) => (
          <Row key={doc.name} label={doc.name} value={doc.file ?? t('wizard.check.noFile')} {...change('giay-to', doc.name)} />
        ))}
        {data.feeCase ? (
          <Row
            label={t('exemption.case')}
            value={t('exemption.reviewLine', { name: data.feeCase.name, percent: data.feeCase.reductionPercent, proof: data.feeCase.proof ?? t('wizard.check.noFile') })}
            {...change('giay-to', t('exemption.case'))}
          />
        ) : null}
      </dl>
      <h2>{t('wizard.check.submitHeading')}</h2>
      <p>{data.fee > 0 ? t('wizard.check.fee', { amount: f.money(data.fee) }) : t('procedure.noFees')}</p>
      {data.feeCase ? <p>{t('exemption.reviewNote')}</p> : null}
      <p>{t('wizard.check.expectedDue', { date: f.date(data.expectedDue) })}</p>
      <p>{t('wizard.check.declaration')}</p>
      {data.complete ? (
        <Form method="post">
          <input type="hidden" name="submitKey" value={data.submitKey} />
          <button type="submit" className="button" disabled={navigation.state !== 'idle'}>
            {t('wizard.check.submit')}
          </button>
        </Form>
      ) : (
        <div className="notice">
          <p>{t('wizard.check.incomplete')}</p>
        </div>
      )}
    </>
  )
}
