import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { StatusTag, SummaryList } from '~/components/SummaryList.tsx'
import { requireArea } from '~/auth/guards.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { FormGroup } from '~/components/forms/FormGroup.tsx'
import { Timeline } from '~/components/Timeline.tsx'
import { db } from '~/db.server.ts'
import { urgency } from '~/domain/dossier/queue.ts'
import { closeOfDay, staffActionSchema } from '~/domain/dossier/staff-actions.ts'
import { availableActions, type Action } from '~/domain/dossier/transitions.ts'
import { formatDate, formatDateTime } from '~/domain/format.ts'
import { parseForm, type FieldErrors } from '~/forms/validation.ts'
import { addInternalNote, assignDossier, returnResult, transition, TransitionError } from '~/models/dossier.server.ts'
import { storeUpload } from '~/models/files.server.ts'
import { getAgencyDossier, specialistsOf } from '~/models/queue.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { parseMultipart, TOO_LARGE, uploadsIn } from '~/utils/multipart.server.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { answer } from '~/utils/invalid.server.ts'
import { revalidateAfterRefusal } from '~/utils/revalidate.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'backOffice')
  const prisma = await db()
  const dossier = await getAgencyDossier(prisma, params.id ?? '', user)
  if (!dossier) throw new Response('Not found', { status: 404 })
  const overdue = urgency(dossier.dueAt) === 'overdue'
  const actions = availableActions(dossier.status, user.role, false, dossier.approvalRequestedAt !== null).filter(
    (a) => a !== 'apologise' || overdue,
  )
  return {
    title: await pageTitle(request, 'citizen.dossier.title', { code: dossier.code }),
    dossier,
    actions,
    overdue,
    specialists: actions.includes('assign') ? await specialistsOf(prisma, user.agencyId!) : [],
    forms: [...new Set(dossier.events.map((e) => e.formCode).filter(Boolean)), '06', '07'] as string[],
  }
}

type Result = { ok: true; intent: string } | { ok: false; errors: FieldErrors; intent?: string }

/** Uploaded files of the request, stored under the staff member; the first problem is reported. */
async function storeFiles(prisma: Awaited<ReturnType<typeof db>>, ownerId: string, formData: FormData, field: string) {
  const ids: string[] = []
  for (const upload of await uploadsIn(formData, field)) {
    if (upload === TOO_LARGE) return { error: 'errors.upload.tooLarge' }
    if (upload.bytes.length === 0 && !upload.name) continue
    const stored = await storeUpload(prisma, ownerId, upload.bytes, upload.name)
    if (!stored.ok) return { error: `errors.upload.${stored.problem}` }
    ids.push(stored.fileId)
  }
  return { ids }
}

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
  const parsed = parseForm(formData, staffActionSchema)
  if (!parsed.ok) return { ok: false, errors: parsed.errors, intent: String(formData.get('intent')) }
  const { intent, version, reason, items, assigneeId, newDueDate } = parsed.data
  try {
    if (intent === 'note' || intent === 'returnResult') {
      const files = await storeFiles(prisma, user.id, formData, 'files')
      if ('error' in files) return { ok: false, intent, errors: { files: files.error! } }
      if (intent === 'note') {
        if (!reason) return { ok: false, intent, errors: { reason: 'errors.reason.required' } }
        await addInternalNote(prisma, dossier.id, user, reason, files.ids)
      } else {
        await returnResult(prisma, dossier.id, user, version, files.ids[0] ?? null)
      }
    } else if (intent === 'assign') {
      await assignDossier(prisma, dossier.id, user, version, assigneeId ?? '')
    } else {
      await transition(prisma, dossier.id, {
        action: intent,
        actor: user,
        version,
        reason,
        items,
        newDueAt: newDueDate ? closeOfDay(newDueDate) : undefined,
      })
    }
  } catch (error) {
    if (error instanceof TransitionError) {
      const field = error.refusal === 'itemsRequired' ? (intent === 'returnResult' ? 'files' : 'items') : error.refusal === 'reasonRequired' ? 'reason' : error.refusal === 'dateRequired' ? 'newDueDate' : 'form'
      return { ok: false, intent, errors: { [field]: `errors.transition.${error.refusal}` } }
    }
    throw error
  }
  return { ok: true, intent }
}

function ActionForm({ action, version, children, warning }: { action: Action | 'note'; version: number; children?: React.ReactNode; warning?: boolean }) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  return (
    <Form method="post" encType="multipart/form-data" className="action-form" noValidate>
      <input type="hidden" name="intent" value={action} />
      <input type="hidden" name="version" value={version} />
      {children}
      <button type="submit" className={`button${warning ? ' button--warning' : ''}`} disabled={navigation.state !== 'idle'}>
        {t(`backOffice.actions.${action}.submit`)}
      </button>
    </Form>
  )
}

export default function StaffDossier() {
  const { dossier, actions, overdue, specialists, forms } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useTranslation()
  const errors = result && !result.ok ? result.errors : {}
  // The form that failed stays open, with its messages.
  const failed = result && !result.ok ? result.intent : undefined
  const reasonField = (action: Action | 'note', label = 'backOffice.reason') => (
    <FormGroup id={`${action}-reason`} label={t(label)} error={errors.reason}>
      <textarea id={`${action}-reason`} name="reason" className="input textarea" rows={3} />
    </FormGroup>
  )
  return (
    <>
      <ErrorSummary errors={errors} />
      {result?.ok ? (
        <div className="notice" role="status">
          <p>{t(`backOffice.actions.${result.intent}.done`)}</p>
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
          [t('dossier.procedure'), dossier.procedure.name],
          [
            t('dossier.status'),
            <>
              <StatusTag status={dossier.status} />
              {dossier.approvalRequestedAt ? ` ${t('backOffice.queue.awaitingApproval')}` : ''}
              {dossier.outcome ? ` · ${t(`outcome.${dossier.outcome}`)}` : ''}
            </>,
          ],
          [
            t('backOffice.queue.applicant'),
            `${dossier.applicantName} · ${dossier.applicantPhone} · ${dossier.applicantEmail ?? ''}${dossier.applicantAddress ? `\n${dossier.applicantAddress}` : ''}`,
          ],
          [t('dossier.submittedAt'), dossier.submittedAt ? formatDateTime(dossier.submittedAt) : '—'],
          [t('dossier.dueAt'), dossier.dueAt ? formatDateTime(dossier.dueAt) : '—'],
          [t('backOffice.assignee'), dossier.assignee?.fullName ?? '—'],
        ]}
      />

      <h2>{t('citizen.dossier.documents')}</h2>
      <ul>
        {dossier.documents.map((doc) => (
          <li key={doc.id}>
            <a href={`/mot-cua/ho-so/${dossier.id}/tep/${doc.id}`} download>
              {doc.requiredDocument?.name ?? t(`documentPurpose.${doc.purpose}`)}: {doc.file.fileName}
            </a>
          </li>
        ))}
      </ul>

      {actions.length > 0 ? <h2>{t('backOffice.actionsHeading')}</h2> : null}
      {actions.includes('receive') ? (
        <section className="panel">
          <h3>{t('backOffice.actions.receive.title')}</h3>
          <p>{t('backOffice.actions.receive.lead')}</p>
          <ActionForm action="receive" version={dossier.version} />
        </section>
      ) : null}
      {actions.includes('requestSupplement') ? (
        <details className="panel" open={failed === 'requestSupplement'}>
          <summary>{t('backOffice.actions.requestSupplement.title')}</summary>
          <ActionForm action="requestSupplement" version={dossier.version}>
            <FormGroup id="items" label={t('backOffice.actions.requestSupplement.items')} error={errors.items}>
              <div className="hint" id="items-hint">
                {t('backOffice.actions.requestSupplement.itemsHint')}
              </div>
              <textarea id="items" name="items" className="input textarea" rows={4} aria-describedby="items-hint" />
            </FormGroup>
            {reasonField('requestSupplement')}
          </ActionForm>
        </details>
      ) : null}
      {actions.includes('refuse') ? (
        <details className="panel" open={failed === 'refuse'}>
          <summary>{t('backOffice.actions.refuse.title')}</summary>
          <ActionForm action="refuse" version={dossier.version} warning>
            {reasonField('refuse')}
          </ActionForm>
        </details>
      ) : null}
      {actions.includes('assign') ? (
        <details className="panel" open={dossier.status === 'RECEIVED' || failed === 'assign'}>
          <summary>{t('backOffice.actions.assign.title')}</summary>
          <ActionForm action="assign" version={dossier.version}>
            <FormGroup id="assigneeId" label={t('backOffice.actions.assign.who')} error={errors.form}>
              <select id="assigneeId" name="assigneeId" className="select" defaultValue={dossier.assignee?.id ?? ''}>
                {specialists.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.fullName}
                  </option>
                ))}
              </select>
            </FormGroup>
          </ActionForm>
        </details>
      ) : null}
      {actions.includes('submitForApproval') ? (
        <section className="panel">
          <h3>{t('backOffice.actions.submitForApproval.title')}</h3>
          <ActionForm action="submitForApproval" version={dossier.version}>
            {reasonField('submitForApproval', 'backOffice.proposal')}
          </ActionForm>
        </section>
      ) : null}
      {actions.includes('approve') ? (
        <section className="panel">
          <h3>{t('backOffice.actions.approve.title')}</h3>
          <ActionForm action="approve" version={dossier.version} />
        </section>
      ) : null}
      {actions.includes('reject') ? (
        <details className="panel" open={failed === 'reject'}>
          <summary>{t('backOffice.actions.reject.title')}</summary>
          <ActionForm action="reject" version={dossier.version} warning>
            {reasonField('reject')}
          </ActionForm>
        </details>
      ) : null}
      {actions.includes('returnResult') ? (
        <section className="panel">
          <h3>{t('backOffice.actions.returnResult.title')}</h3>
          <ActionForm action="returnResult" version={dossier.version}>
            <FormGroup id="result-files" label={t('backOffice.actions.returnResult.file')} error={errors.files}>
              <input id="result-files" name="files" type="file" accept=".pdf,.jpg,.jpeg,.png" className="file-input" />
            </FormGroup>
          </ActionForm>
        </section>
      ) : null}
      {actions.includes('apologise') ? (
        <details className="panel" open>
          <summary>{t('backOffice.actions.apologise.title')}</summary>
          <ActionForm action="apologise" version={dossier.version}>
            {reasonField('apologise')}
            <FormGroup id="newDueDate" label={t('backOffice.actions.apologise.date')} error={errors.newDueDate}>
              <input id="newDueDate" name="newDueDate" type="date" className="input" />
            </FormGroup>
          </ActionForm>
        </details>
      ) : null}
      {actions.includes('stop') ? (
        <details className="panel" open={failed === 'stop'}>
          <summary>{t('backOffice.actions.stop.title')}</summary>
          <ActionForm action="stop" version={dossier.version} warning>
            {reasonField('stop')}
          </ActionForm>
        </details>
      ) : null}
      <details className="panel" open={failed === 'note'}>
        <summary>{t('backOffice.actions.note.title')}</summary>
        <ActionForm action="note" version={dossier.version}>
          {reasonField('note', 'backOffice.actions.note.text')}
          <FormGroup id="note-files" label={t('backOffice.actions.note.files')} error={errors.files}>
            <input id="note-files" name="files" type="file" multiple accept=".pdf,.jpg,.jpeg,.png" className="file-input" />
          </FormGroup>
        </ActionForm>
      </details>

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
      </ul>

      <h2>{t('citizen.dossier.timeline')}</h2>
      <Timeline events={dossier.events} />
      <p className="secondary">{t('backOffice.receivedDue', { received: dossier.receivedAt ? formatDate(dossier.receivedAt) : '—' })}</p>
    </>
  )
}
