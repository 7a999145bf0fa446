import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useVietnameseContent } from '~/i18n/content-language.ts'
import { FeeDueNotice } from '~/components/FeeDueNotice.tsx'
import { MoneySummary } from '~/components/MoneySummary.tsx'
import { StatusTag, SummaryList } from '~/components/SummaryList.tsx'
import { requireArea } from '~/auth/access.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { describedBy, FormGroup } from '~/components/forms/FormGroup.tsx'
import { Declaration } from '~/components/Declaration.tsx'
import { Timeline } from '~/components/Timeline.tsx'
import { db } from '~/db.server.ts'
import { ratingSchema, supplementAnswerSchema, withdrawSchema } from '~/domain/dossier/schemas.ts'
import { stepHref } from '~/domain/dossier/wizard.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { payableDossier } from '~/models/payments.server.ts'
import { parseForm, type FieldErrors } from '~/forms/validation.ts'
import { actionsFor, draftIncompleteStep, getDraft, rateDossier, transition, TransitionError } from '~/models/dossier.server.ts'
import { declarationRows } from '~/domain/dossier/declaration.ts'
import { translatorFor } from '~/i18n/i18n.server.ts'
import { getOwnDossier, openSupplementRequest } from '~/models/dossier-view.server.ts'
import { checkUploads, dossierBytes, storageProblem } from '~/models/files.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { parseMultipart } from '~/utils/multipart.server.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { answer } from '~/utils/invalid.server.ts'
import { revalidateAfterRefusal } from '~/utils/revalidate.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'citizen')
  const prisma = await db()
  const dossier = await getOwnDossier(prisma, params.id ?? '', user.id)
  if (!dossier) {
    // A draft resumes where the person stopped: the first step not complete yet, or the review.
    const draft = await getDraft(prisma, params.id ?? '', user)
    if (draft) throw redirect(stepHref(draft.id, draftIncompleteStep(draft) ?? 'kiem-tra'))
    throw new Response('Not found', { status: 404 })
  }
  const payable = await payableDossier(prisma, dossier.id, user)
  const { declaration, ...shown } = dossier
  return {
    title: await pageTitle(request, 'citizen.dossier.title', { code: dossier.code }),
    dossier: shown,
    declaration: declarationRows(declaration, await translatorFor(request)),
    feeDue: payable?.owed ?? 0,
    hasPayments: Boolean(payable?.dossier.payments.length),
    // What is due, paid and refunded, for a dossier with a fee (or money that went back).
    money: payable ? { money: payable.money, feeCase: payable.dossier.feeCase ? { ...payable.dossier.feeCase, status: payable.dossier.feeCaseStatus } : null } : null,
    supplement: openSupplementRequest(dossier),
    actions: await actionsFor(prisma, dossier.id, user),
  }
}

type ActionResult = { ok: false; errors: FieldErrors; intent: string } | { ok: true; intent: string }

export { revalidateAfterRefusal as shouldRevalidate }

export async function action(args: ActionFunctionArgs) {
  return answer(await act(args))
}

async function act({ request, params }: ActionFunctionArgs): Promise<ActionResult> {
  const user = await requireArea(request, 'citizen')
  const prisma = await db()
  const dossier = await getOwnDossier(prisma, params.id ?? '', user.id)
  if (!dossier) throw new Response('Not found', { status: 404 })
  const formData = await parseMultipart(request)
  const intent = String(formData.get('intent'))
  const version = Number(formData.get('version'))
  try {
    if (intent === 'answerSupplement') {
      const parsed = parseForm(formData, supplementAnswerSchema)
      if (!parsed.ok) return { ok: false, intent, errors: parsed.errors }
      const files = await checkUploads(formData, 'supplement', await dossierBytes(prisma, dossier.id))
      if (!files.ok) return { ok: false, intent, errors: { supplement: files.error } }
      await transition(prisma, dossier.id, { action: 'answerSupplement', actor: user, version, reason: parsed.data.note, uploads: files.uploads })
    } else if (intent === 'withdraw') {
      const parsed = parseForm(formData, withdrawSchema)
      if (!parsed.ok) return { ok: false, intent, errors: parsed.errors }
      await transition(prisma, dossier.id, { action: 'withdraw', actor: user, version, reason: parsed.data.reason })
    } else if (intent === 'rate') {
      const parsed = parseForm(formData, ratingSchema)
      if (!parsed.ok) return { ok: false, intent, errors: parsed.errors }
      await rateDossier(prisma, dossier.id, user.id, parsed.data.score, parsed.data.comment)
    } else {
      throw new Response('Bad request', { status: 400 })
    }
  } catch (error) {
    if (error instanceof TransitionError) {
      if (error.refusal === 'answerRequired') return { ok: false, intent, errors: { supplement: 'errors.supplement.empty' } }
      return { ok: false, intent, errors: { [intent === 'answerSupplement' ? 'supplement' : 'form']: `errors.transition.${error.refusal}` } }
    }
    const problem = storageProblem(error)
    if (problem) return { ok: false, intent, errors: { supplement: problem } }
    throw error
  }
  return { ok: true, intent }
}

export default function DossierPage() {
  const { dossier, declaration, supplement, actions, feeDue, hasPayments, money } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation()
  const vi = useVietnameseContent()
  const f = useFormat()
  const errors = result && !result.ok ? result.errors : {}
  const busy = navigation.state !== 'idle'
  const resultDocs = dossier.documents.filter((d) => d.purpose === 'RESULT')
  return (
    <>
      <ErrorSummary errors={errors} />
      {result?.ok ? (
        <div className="notice" role="status">
          <p>{t(`citizen.dossier.done.${result.intent}`)}</p>
        </div>
      ) : null}
      <p className="secondary">
        {t('dossier.code')} {dossier.code}
      </p>
      <h1 lang={vi}>{dossier.procedure.name}</h1>
      <SummaryList
        rows={[
          [t('dossier.status'), <StatusTag key="status" status={dossier.status} />],
          [t('wizard.applicant.agency'), <span lang={vi}>{dossier.agency.name}</span>],
          dossier.supportPoint && [t('citizen.dossier.filedBy'), t('citizen.dossier.filedByValue', { name: dossier.filedBy?.fullName ?? '', point: dossier.supportPoint.name })],
          [t('dossier.submittedAt'), dossier.submittedAt ? f.dateTime(dossier.submittedAt) : '—'],
          [dossier.receivedAt ? t('dossier.dueAt') : t('dossier.expectedDue'), dossier.dueAt ? f.date(dossier.dueAt) : '—'],
          dossier.appointmentAt && [t('dossier.appointmentAt'), f.date(dossier.appointmentAt)],
          dossier.resultDelivery && [t('dossier.resultDelivery'), t(`delivery.${dossier.resultDelivery}`)],
        ]}
      />

      {money ? (
        <section aria-labelledby="money-heading">
          <h2 id="money-heading">{t('payment.money.heading')}</h2>
          <MoneySummary money={money.money} feeCase={money.feeCase} />
        </section>
      ) : null}
      {feeDue > 0 ? (
        <FeeDueNotice dossierId={dossier.id} amount={feeDue} />
      ) : hasPayments ? (
        <p>
          <Link to={`/ho-so/${dossier.id}/thanh-toan`}>{t('payment.history')}</Link>
        </p>
      ) : null}
      {actions.includes('answerSupplement') ? (
        <section aria-labelledby="supplement-heading" className="panel">
          <h2 id="supplement-heading">{t('citizen.dossier.supplement.heading')}</h2>
          <p>{t('citizen.dossier.supplement.lead')}</p>
          {supplement ? (
            <>
              <ul>
                {supplement.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
              {supplement.reason ? <p>{t('citizen.dossier.supplement.reason', { reason: supplement.reason })}</p> : null}
              <p>
                <strong>{supplement.answerBy ? t('citizen.dossier.supplement.answerBy', { date: f.date(supplement.answerBy) }) : t('citizen.dossier.supplement.answerSoon')}</strong>
              </p>
            </>
          ) : null}
          <Form method="post" encType="multipart/form-data">
            <input type="hidden" name="intent" value="answerSupplement" />
            <input type="hidden" name="version" value={dossier.version} />
            <FormGroup id="supplement" label={t('citizen.dossier.supplement.files')} hint={t('wizard.documents.hint')} error={errors.supplement}>
              <input
                id="supplement"
                name="supplement"
                type="file"
                multiple
                accept=".pdf,.jpg,.jpeg,.png"
                aria-describedby={describedBy('supplement', 'hint', errors.supplement)}
                className="file-input"
              />
            </FormGroup>
            <FormGroup id="note" label={`${t('citizen.dossier.supplement.note')} ${t('form.optional')}`} error={errors.note}>
              <textarea id="note" name="note" className="input textarea" rows={3} maxLength={1000} />
            </FormGroup>
            <button type="submit" className="button" disabled={busy}>
              {t('citizen.dossier.supplement.submit')}
            </button>
          </Form>
        </section>
      ) : null}

      {resultDocs.length > 0 ? (
        <section aria-labelledby="result-heading">
          <h2 id="result-heading">{t('citizen.dossier.result')}</h2>
          <ul>
            {resultDocs.map((doc) => (
              <li key={doc.id}>
                <a href={`/ho-so/${dossier.id}/tep/${doc.id}`} download>
                  {doc.file.fileName}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {dossier.status === 'RESULT_RETURNED' ? (
        <section aria-labelledby="rating-heading">
          <h2 id="rating-heading">{t('citizen.dossier.rating.heading')}</h2>
          {dossier.rating ? <p>{t('citizen.dossier.rating.thanks', { label: t(`citizen.dossier.rating.score${dossier.rating.score}`) })}</p> : null}
          <Form method="post" encType="multipart/form-data">
            <input type="hidden" name="intent" value="rate" />
            <fieldset className={`form-group${errors.score ? ' form-group--error' : ''}`}>
              <legend className="label">{t('citizen.dossier.rating.question')}</legend>
              {errors.score ? <p className="error-message">{t(errors.score)}</p> : null}
              <div className="radios">
                {[5, 4, 3, 2, 1].map((score) => (
                  <label key={score} className="radio">
                    <input type="radio" name="score" value={score} defaultChecked={dossier.rating?.score === score} /> {t(`citizen.dossier.rating.score${score}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <FormGroup id="comment" label={`${t('citizen.dossier.rating.comment')} ${t('form.optional')}`}>
              <textarea id="comment" name="comment" className="input textarea" rows={3} maxLength={1000} defaultValue={dossier.rating?.comment ?? ''} />
            </FormGroup>
            <button type="submit" className="button" disabled={busy}>
              {t('citizen.dossier.rating.submit')}
            </button>
          </Form>
        </section>
      ) : null}

      <h2>{t('dossier.declaration')}</h2>
      <Declaration rows={declaration} />

      <h2>{t('citizen.dossier.timeline')}</h2>
      <Timeline events={dossier.events} />

      <h2>{t('citizen.dossier.documents')}</h2>
      <ul>
        {dossier.documents.map((doc) => (
          <li key={doc.id}>
            <a href={`/ho-so/${dossier.id}/tep/${doc.id}`} download>
              {doc.requiredDocument?.name ?? t(`documentPurpose.${doc.purpose}`)}: {doc.file.fileName}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={`/ho-so/${dossier.id}/bien-nhan`} download>
          {t('wizard.done.receipt')}
        </a>
        {' · '}
        <a href={`/ho-so/${dossier.id}/to-khai`} download>
          {t('declarationForm.download')}
        </a>
      </p>

      {actions.includes('withdraw') ? (
        <details className="panel">
          <summary>{t('citizen.dossier.withdraw.heading')}</summary>
          <Form method="post" encType="multipart/form-data">
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name="version" value={dossier.version} />
            <FormGroup id="reason" label={t('citizen.dossier.withdraw.reason')} error={errors.reason}>
              <textarea id="reason" name="reason" className="input textarea" rows={3} aria-describedby={describedBy('reason', undefined, errors.reason)} />
            </FormGroup>
            <button type="submit" className="button button--warning" disabled={busy}>
              {t('citizen.dossier.withdraw.submit')}
            </button>
          </Form>
        </details>
      ) : null}
    </>
  )
}
