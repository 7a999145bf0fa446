import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '~/auth/access.server.ts'
import { FeePanel } from '~/components/back-office/FeePanel.tsx'
import { StaffActions } from '~/components/back-office/StaffActions.tsx'
import { Declaration } from '~/components/Declaration.tsx'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { StatusTag, SummaryList } from '~/components/SummaryList.tsx'
import { Timeline } from '~/components/Timeline.tsx'
import { db } from '~/db.server.ts'
import { DOSSIER_FORMS } from '~/documents/forms.server.ts'
import { RULES } from '~/domain/dossier/lifecycle.ts'
import { urgency } from '~/domain/dossier/queue.ts'
import { FINISHED_STATUSES, isOneOf } from '~/domain/dossier/status.ts'
import { closeOfDay, refusalField, staffActionSchema } from '~/domain/dossier/staff-actions.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { isFeeDeskIntent } from '~/domain/payments/desk-intents.ts'
import { parseForm, type FieldErrors } from '~/forms/validation.ts'
import { declarationRows } from '~/domain/dossier/declaration.ts'
import { translatorFor } from '~/i18n/i18n.server.ts'
import { declaredAnswers } from '~/models/dossier-view.server.ts'
import { staffOptions, transition, TransitionError } from '~/models/dossier.server.ts'
import { deskMoney, feeDeskAction } from '~/models/fee-desk.server.ts'
import { checkUploads, dossierBytes, storageProblem } from '~/models/files.server.ts'
import { issuedOriginals } from '~/models/issued-documents.server.ts'
import { getAgencyDossier, specialistsOf } from '~/models/queue.server.ts'
import { answer } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { parseMultipart } from '~/utils/multipart.server.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { revalidateAfterRefusal } from '~/utils/revalidate.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

const DOCUMENT_GROUPS = ['APPLICATION', 'SUPPLEMENT', 'FEE_PROOF', 'RESULT_DRAFT', 'RESULT', 'INTERNAL'] as const

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'backOffice')
  const prisma = await db()
  const dossier = await getAgencyDossier(prisma, params.id ?? '', user)
  if (!dossier) throw new Response('Not found', { status: 404 })
  const { actions, waiting } = await staffOptions(prisma, dossier.id, user)
  const draft = [...dossier.documents].reverse().find((d) => d.purpose === 'RESULT_DRAFT')
  const result = [...dossier.documents].reverse().find((d) => d.purpose === 'RESULT')
  const { formData: _f, declaration: _d, procedure, ...shown } = dossier
  // A document whose bytes are exactly one an agency issued is that original, not a scan (issue 18).
  const originals = await issuedOriginals(
    prisma,
    dossier.documents.map((d) => d.file.sha256),
  )
  return {
    title: await pageTitle(request, 'citizen.dossier.title', { code: dossier.code }),
    dossier: { ...shown, procedure: { code: procedure.code, name: procedure.name } },
    declaration: declarationRows(declaredAnswers(dossier), await translatorFor(request)),
    documents: DOCUMENT_GROUPS.map((purpose) => ({
      purpose,
      items: dossier.documents.filter((d) => d.purpose === purpose).map((d) => ({ ...d, original: originals.get(d.file.sha256) ?? null })),
    })).filter((g) => g.items.length),
    draft: draft ? { id: draft.id, fileName: draft.file.fileName, sha256: draft.file.sha256 } : null,
    result: result ? { id: result.id, fileName: result.file.fileName, sha256: result.file.sha256 } : null,
    actions,
    waiting,
    overdue: urgency(dossier.dueAt) === 'overdue' && !isOneOf(dossier.status, FINISHED_STATUSES),
    specialists: actions.includes('assign') ? await specialistsOf(prisma, user.agencyId!) : [],
    forms: DOSSIER_FORMS.filter((code) => code === '06' || dossier.events.some((e) => e.formCode === code)),
    desk: await deskMoney(prisma, dossier.id, user),
  }
}

type Result = { ok: true; intent: string } | { ok: false; errors: FieldErrors; intent?: string }

export { revalidateAfterRefusal as shouldRevalidate }

export async function action(args: ActionFunctionArgs) {
  return answer(await act(args))
}

async function act({ request, params }: ActionFunctionArgs): Promise<Result> {
  const user = await requireArea(request, 'backOffice')
  const prisma = await db()
  const dossier = await getAgencyDossier(prisma, params.id ?? '', user)
  if (!dossier) throw new Response('Not found', { status: 404 })
  const formData = await parseMultipart(request)
  // Fees at the desk (the claimed exemption, cash, cash refunds) are the payments panel's own posts.
  if (isFeeDeskIntent(formData.get('intent'))) return feeDeskAction(prisma, dossier.id, user, formData)
  const parsed = parseForm(formData, staffActionSchema)
  if (!parsed.ok) return { ok: false, errors: parsed.errors, intent: String(formData.get('intent')) }
  const { intent, version, reason, items, assigneeId, newDueDate, answerBy } = parsed.data
  // Files are only read for actions that carry them, and stored only once the action is allowed.
  const files = RULES[intent].files ? await checkUploads(formData, 'files', await dossierBytes(prisma, dossier.id)) : { ok: true as const, uploads: [] }
  if (!files.ok) return { ok: false, intent, errors: { files: files.error } }
  try {
    const date = intent === 'apologise' ? newDueDate : intent === 'requestSupplement' ? answerBy : undefined
    await transition(prisma, dossier.id, { action: intent, actor: user, version, reason, items, assigneeId, date: date ? closeOfDay(date) : undefined, uploads: files.uploads })
  } catch (error) {
    if (error instanceof TransitionError) return { ok: false, intent, errors: { [refusalField(intent, error.refusal)]: `errors.transition.${error.refusal}` } }
    const problem = storageProblem(error)
    if (problem) return { ok: false, intent, errors: { files: problem } }
    throw error
  }
  return { ok: true, intent }
}

export default function StaffDossier() {
  const data = useLoaderData<typeof loader>()
  const { dossier, declaration, documents, overdue, forms } = data
  const result = useActionData<typeof action>()
  const { t } = useTranslation()
  const f = useFormat()
  const errors = result && !result.ok ? result.errors : {}
  return (
    <>
      <ErrorSummary errors={errors} />
      {result?.ok ? (
        <div className="notice" role="status">
          <p>{t(isFeeDeskIntent(result.intent) ? `exemption.done.${result.intent}` : `backOffice.actions.${result.intent}.done`)}</p>
        </div>
      ) : null}
      <p className="secondary">
        <Link to="/mot-cua">{t('backOffice.queue.heading')}</Link> · {t(`channel.${dossier.channel}`)}
        {dossier.supportPoint ? ` · ${dossier.supportPoint.name}` : ''}
      </p>
      <h1>{dossier.code}</h1>
      {overdue ? (
        <div className="notice notice--warning">
          <p>{t('backOffice.overdueNotice')}</p>
        </div>
      ) : null}
      <SummaryList
        rows={[
          [t('dossier.procedure'), `${dossier.procedure.name} (${dossier.procedure.code})`],
          [
            t('dossier.status'),
            <>
              <StatusTag status={dossier.status} />
              {dossier.approvalRequestedAt ? ` ${t('backOffice.queue.awaitingApproval')}` : ''}
              {dossier.outcome ? ` · ${t(`outcome.${dossier.outcome}`)}` : ''}
            </>,
          ],
          [t('backOffice.queue.applicant'), [dossier.applicantName, dossier.applicantNationalId, dossier.applicantPhone, dossier.applicantEmail].filter(Boolean).join(' · ')],
          dossier.applicantAddress ? [t('wizard.applicant.address'), dossier.applicantAddress] : null,
          [t('dossier.submittedAt'), dossier.submittedAt ? f.dateTime(dossier.submittedAt) : '—'],
          [t('dossier.receivedAt'), dossier.receivedAt ? f.dateTime(dossier.receivedAt) : '—'],
          [t('dossier.dueAt'), dossier.dueAt ? f.dateTime(dossier.dueAt) : '—'],
          dossier.appointmentAt ? [t('dossier.appointmentAt'), f.date(dossier.appointmentAt)] : null,
          dossier.resultDelivery ? [t('dossier.resultDelivery'), `${t(`delivery.${dossier.resultDelivery}`)}${dossier.deliveryAddress ? ` — ${dossier.deliveryAddress}` : ''}`] : null,
          [t('backOffice.assignee'), dossier.assignee?.fullName ?? '—'],
        ]}
      />

      <h2>{t('dossier.declaration')}</h2>
      <Declaration rows={declaration} />

      <h2>{t('citizen.dossier.documents')}</h2>
      {documents.length === 0 ? <p>{t('backOffice.noDocuments')}</p> : null}
      {documents.map((group) => (
        <section key={group.purpose} aria-label={t(`documentPurpose.${group.purpose}`)}>
          <h3>{t(`documentPurpose.${group.purpose}`)}</h3>
          <ul>
            {group.items.map((doc) => (
              <li key={doc.id}>
                <a href={`/mot-cua/ho-so/${dossier.id}/tep/${doc.id}`} download>
                  {doc.requiredDocument?.name ? `${doc.requiredDocument.name}: ` : ''}
                  {doc.file.fileName}
                </a>{' '}
                <span className="secondary">({f.dateTime(doc.createdAt)})</span>{' '}
                {doc.original && doc.purpose !== 'RESULT' ? (
                  <Link to={`/xac-thuc/${doc.original.code}`} className="tag tag--full">
                    {t('documents.store.issuedOriginal', { agency: doc.original.agency })}
                  </Link>
                ) : doc.purpose === 'APPLICATION' ? (
                  <span className="tag tag--none">{t(dossier.channel === 'COUNTER' ? 'documents.store.scan' : 'documents.store.upload')}</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}

      {data.desk ? <FeePanel dossier={dossier} desk={data.desk} errors={errors} failed={result && !result.ok ? result.intent : undefined} /> : null}

      <StaffActions {...data} errors={errors} failed={result && !result.ok ? result.intent : undefined} />

      <h2>{t('backOffice.forms')}</h2>
      <ul>
        {forms.map((code) => (
          <li key={code}>
            <a href={`/mot-cua/ho-so/${dossier.id}/phieu/${code}`}>{t(`forms.${code}.title`)}</a> (
            <a href={`/mot-cua/ho-so/${dossier.id}/phieu/${code}/pdf`} download>
              PDF
            </a>
            )
          </li>
        ))}
        <li>
          <Link to="/mot-cua/so-theo-doi">{t('forms.register')}</Link>
        </li>
      </ul>

      <h2>{t('citizen.dossier.timeline')}</h2>
      <Timeline events={dossier.events} audience="staff" />
    </>
  )
}
