import { Form, useNavigation } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { describedBy, FormGroup } from '~/components/forms/FormGroup.tsx'
import type { Action, Refusal } from '~/domain/dossier/lifecycle.ts'
import type { FieldErrors } from '~/forms/validation.ts'

interface Props {
  dossier: { id: string; version: number; status: string; assignee: { id: string } | null }
  actions: Action[]
  /** Actions that wait for something first, with the refusal saying what. */
  waiting: Partial<Record<Action, Refusal>>
  specialists: { id: string; fullName: string }[]
  draft: { id: string; fileName: string; sha256: string } | null
  result: { id: string; fileName: string; sha256: string } | null
  errors: FieldErrors
  /** The action whose form was refused: it stays open with its messages. */
  failed?: string
}

function ActionForm({ action, version, children, warning }: { action: Action; version: number; children?: ReactNode; warning?: boolean }) {
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

/** One panel per action the staff member can take now; each says what it does and asks for what it needs. */
export function StaffActions({ dossier, actions, waiting, specialists, draft, result, errors, failed }: Props) {
  const { t } = useTranslation()
  const has = (action: Action) => actions.includes(action)
  const fileLink = (doc: { id: string; fileName: string; sha256: string }) => (
    <a href={`/mot-cua/ho-so/${dossier.id}/tep/${doc.id}`} download>
      {doc.fileName}
    </a>
  )
  const textArea = (action: Action, name: 'reason' | 'items', label: string, hint?: string) => {
    const id = `${action}-${name}`
    return (
      <FormGroup id={id} label={label} hint={hint} error={failed === action ? errors[name] : undefined}>
        <textarea id={id} name={name} className="input textarea" rows={name === 'items' ? 4 : 3} aria-describedby={describedBy(id, hint, failed === action ? errors[name] : undefined)} />
      </FormGroup>
    )
  }
  const dateField = (action: Action, name: 'newDueDate' | 'answerBy', label: string, hint?: string) => {
    const id = `${action}-${name}`
    const error = failed === action ? errors[name] : undefined
    return (
      <FormGroup id={id} label={label} hint={hint} error={error}>
        <input id={id} name={name} type="date" className="input" aria-describedby={describedBy(id, hint, error)} />
      </FormGroup>
    )
  }
  const filesField = (action: Action, label: string, multiple: boolean) => {
    const id = `${action}-files`
    const error = failed === action ? errors.files : undefined
    return (
      <FormGroup id={id} label={label} hint={t('wizard.documents.hint')} error={error}>
        <input id={id} name="files" type="file" multiple={multiple} accept=".pdf,.jpg,.jpeg,.png" className="file-input" aria-describedby={describedBy(id, 'hint', error)} />
      </FormGroup>
    )
  }
  const panel = (action: Action, body: ReactNode, options: { open?: boolean; warning?: boolean } = {}) =>
    has(action) ? (
      <details className="panel" open={options.open || failed === action}>
        <summary>{t(`backOffice.actions.${action}.title`)}</summary>
        {t(`backOffice.actions.${action}.lead`, { defaultValue: '' }) ? <p>{t(`backOffice.actions.${action}.lead`)}</p> : null}
        <ActionForm action={action} version={dossier.version} warning={options.warning}>
          {body}
        </ActionForm>
      </details>
    ) : null

  const pending = Object.entries(waiting) as [Action, Refusal][]
  if (actions.length === 0 && pending.length === 0) return null
  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('backOffice.actionsHeading')}</h2>
      {pending.map(([action, refusal]) => (
        <div key={action} className="notice">
          <p>
            <strong>{t(`backOffice.actions.${action}.title`)}:</strong> {t(`errors.transition.${refusal}`)}
          </p>
        </div>
      ))}
      {panel('receive', null, { open: true })}
      {panel(
        'requestSupplement',
        <>
          {textArea('requestSupplement', 'items', t('backOffice.actions.requestSupplement.items'), t('backOffice.actions.requestSupplement.itemsHint'))}
          {textArea('requestSupplement', 'reason', t('backOffice.reason'))}
          {dateField('requestSupplement', 'answerBy', t('backOffice.actions.requestSupplement.answerBy'), t('backOffice.actions.requestSupplement.answerByHint'))}
        </>,
      )}
      {panel('refuse', textArea('refuse', 'reason', t('backOffice.reason')), { warning: true })}
      {panel(
        'assign',
        <FormGroup id="assigneeId" label={t('backOffice.actions.assign.who')} error={failed === 'assign' ? (errors.assigneeId ?? errors.form) : undefined}>
          <select id="assigneeId" name="assigneeId" className="select" defaultValue={dossier.assignee?.id ?? ''}>
            {specialists.map((s) => (
              <option key={s.id} value={s.id}>
                {s.fullName}
              </option>
            ))}
          </select>
        </FormGroup>,
        { open: dossier.status === 'RECEIVED' },
      )}
      {panel(
        'submitForApproval',
        <>
          {filesField('submitForApproval', t('backOffice.actions.submitForApproval.draft'), false)}
          {textArea('submitForApproval', 'reason', t('backOffice.proposal'), t('backOffice.proposalHint'))}
        </>,
        { open: true },
      )}
      {has('approve') && draft ? (
        <section className="panel">
          <h3>{t('backOffice.actions.approve.title')}</h3>
          <p>
            {t('backOffice.actions.approve.lead')} {fileLink(draft)} <span className="secondary">({t('backOffice.fingerprint', { hash: draft.sha256.slice(0, 12) })})</span>
          </p>
          <ActionForm action="approve" version={dossier.version} />
        </section>
      ) : null}
      {panel('sendBack', textArea('sendBack', 'reason', t('backOffice.actions.sendBack.reason')))}
      {panel('reject', textArea('reject', 'reason', t('backOffice.reason')), { warning: true })}
      {has('returnResult') ? (
        <section className="panel">
          <h3>{t('backOffice.actions.returnResult.title')}</h3>
          <p>
            {result ? (
              <>
                {t('backOffice.actions.returnResult.lead')} {fileLink(result)}
              </>
            ) : (
              t('backOffice.actions.returnResult.refusal')
            )}
          </p>
          <ActionForm action="returnResult" version={dossier.version} />
        </section>
      ) : null}
      {panel(
        'apologise',
        <>
          {textArea('apologise', 'reason', t('backOffice.reason'))}
          {dateField('apologise', 'newDueDate', t('backOffice.actions.apologise.date'))}
        </>,
        { open: true },
      )}
      {panel('stop', textArea('stop', 'reason', t('backOffice.reason')), { warning: true })}
      {panel(
        'note',
        <>
          {textArea('note', 'reason', t('backOffice.actions.note.text'))}
          {filesField('note', t('backOffice.actions.note.files'), true)}
        </>,
      )}
    </section>
  )
}
