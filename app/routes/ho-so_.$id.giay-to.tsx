import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FeeCaseChoice } from '~/components/FeeCaseChoice.tsx'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { describedBy, FormGroup } from '~/components/forms/FormGroup.tsx'
import { WizardHeader } from '~/components/WizardHeader.tsx'
import { stepHref } from '~/domain/dossier/wizard.ts'
import { UPLOAD_LIMITS_MB } from '~/domain/files/sniff.ts'
import type { FieldErrors } from '~/forms/validation.ts'
import { feeTotal, getDraft, missingDocuments } from '~/models/dossier.server.ts'
import { claimFeeCase, feeCasesOf, feeProofOf } from '~/models/fee-cases.server.ts'
import { attachToDraft, detachFromDraft, dossierBytes, personalDocuments, storeUpload } from '~/models/files.server.ts'
import { requireDraft } from '~/utils/draft.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { parseMultipart, TOO_LARGE, uploadIn } from '~/utils/multipart.server.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { revalidateAfterRefusal } from '~/utils/revalidate.ts'
import { invalid } from '~/utils/invalid.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, prisma, draft } = await requireDraft(request, params.id)
  const attached = new Set(draft.documents.map((d) => d.fileId))
  const fee = feeTotal(draft.procedure.fees)
  const feeCases = fee > 0 ? await feeCasesOf(prisma, draft.procedureId) : []
  return {
    title: await pageTitle(request, 'wizard.steps.giay-to'),
    dossierId: draft.id,
    procedureName: draft.procedure.name,
    slots: draft.procedure.documents.map((slot) => ({
      id: slot.id,
      name: slot.name,
      mandatory: slot.mandatory,
      upload: draft.documents.find((d) => d.requiredDocumentId === slot.id) ?? null,
    })),
    // The document store is the citizen's own; staff filing for someone never see other people's files.
    library: user.role === 'CITIZEN' ? (await personalDocuments(prisma, user.id)).filter((file) => !attached.has(file.id)) : [],
    limits: UPLOAD_LIMITS_MB,
    // The procedure's fee exemptions and reductions, and what the applicant claimed so far.
    fee,
    feeCases,
    feeCase: feeCases.length ? { chosen: draft.feeCaseId, proof: (await feeProofOf(prisma, draft.id))?.file ?? null } : null,
  }
}

export { revalidateAfterRefusal as shouldRevalidate }

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, prisma, draft } = await requireDraft(request, params.id)
  const formData = await parseMultipart(request)
  if (formData.get('intent') === 'remove') {
    await detachFromDraft(prisma, draft.id, String(formData.get('documentId')))
    return { ok: true as const, errors: {} as FieldErrors }
  }
  const errors: FieldErrors = {}
  for (const slot of draft.procedure.documents) {
    const field = `file-${slot.id}`
    const upload = await uploadIn(formData, field)
    if (upload === TOO_LARGE) {
      errors[field] = 'errors.upload.tooLarge'
      continue
    }
    if (upload) {
      const stored = await storeUpload(prisma, user.id, upload.bytes, upload.name, await dossierBytes(prisma, draft.id))
      if (stored.ok) await attachToDraft(prisma, draft.id, user.id, slot.id, stored.fileId)
      else errors[field] = stored.error
      continue
    }
    const reuse = formData.get(`reuse-${slot.id}`)
    if (typeof reuse === 'string' && reuse) await attachToDraft(prisma, draft.id, user.id, slot.id, reuse)
  }
  if (formData.has('feeCase')) {
    const proof = await uploadIn(formData, 'feeProof')
    if (proof === TOO_LARGE) errors.feeProof = 'errors.upload.tooLarge'
    else {
      const claimed = await claimFeeCase(prisma, draft, user.id, String(formData.get('feeCase')) || null, proof)
      if (!claimed.ok) errors[claimed.error === 'exemption.errors.unknownCase' ? 'feeCase' : 'feeProof'] = claimed.error
    }
  }
  if (Object.keys(errors).length) return invalid({ ok: false as const, errors })
  const updated = (await getDraft(prisma, draft.id, user))!
  const missing = missingDocuments(updated)
  if (missing.length) return invalid({ ok: false as const, errors: Object.fromEntries(missing.map((m) => [`file-${m.id}`, 'errors.upload.missing'])) })
  throw redirect(stepHref(draft.id, 'kiem-tra'))
}

function kilobytes(size: number) {
  return Math.max(1, Math.round(size / 1024))
}

export default function DocumentsStep() {
  const data = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation()
  const errors = actionData?.errors ?? {}
  return (
    <div className="form-narrow">
      <ErrorSummary errors={errors} labels={{ ...Object.fromEntries(data.slots.map((slot) => [`file-${slot.id}`, slot.name])), feeCase: t('exemption.case'), feeProof: t('exemption.proof') }} />
      <WizardHeader dossierId={data.dossierId} step="giay-to" procedureName={data.procedureName} />
      <p>{t('wizard.documents.lead', data.limits)}</p>
      {data.slots.map((slot) =>
        slot.upload ? (
          <Form method="post" encType="multipart/form-data" key={slot.id} className="upload-done">
            <p className="label">{slot.name}</p>
            <p>
              <span className="tag tag--full">{t('wizard.documents.uploaded')}</span> {slot.upload.file.fileName} ({t('wizard.documents.kb', { size: kilobytes(slot.upload.file.size) })})
            </p>
            <input type="hidden" name="intent" value="remove" />
            <input type="hidden" name="documentId" value={slot.upload.id} />
            <button type="submit" className="link-button">
              {t('wizard.documents.remove', { name: slot.name })}
            </button>
          </Form>
        ) : null,
      )}
      <Form method="post" encType="multipart/form-data">
        {data.slots
          .filter((slot) => !slot.upload)
          .map((slot) => {
            const field = `file-${slot.id}`
            const error = errors[field]
            return (
              <FormGroup key={slot.id} id={field} label={`${slot.name}${slot.mandatory ? '' : ` ${t('form.optional')}`}`} hint={t('wizard.documents.hint')} error={error}>
                <input
                  id={field}
                  name={field}
                  type="file"
                  accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                  className="file-input"
                  aria-describedby={describedBy(field, 'hint', error)}
                  aria-invalid={error ? true : undefined}
                />
                {data.library.length > 0 ? (
                  <div className="reuse">
                    <label className="label label--small" htmlFor={`reuse-${slot.id}`}>
                      {t('wizard.documents.reuse')}
                    </label>
                    <select id={`reuse-${slot.id}`} name={`reuse-${slot.id}`} className="select" defaultValue="">
                      <option value="">{t('form.choose')}</option>
                      {data.library.map((file) => (
                        <option key={file.id} value={file.id}>
                          {file.issued
                            ? t('documents.store.original', { title: file.issued.title, agency: file.issued.agency, code: file.issued.code })
                            : `${file.fileName} (${t('wizard.documents.kb', { size: kilobytes(file.size) })})`}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : null}
              </FormGroup>
            )
          })}
        {data.feeCase ? <FeeCaseChoice fee={data.fee} cases={data.feeCases} chosen={data.feeCase.chosen} proof={data.feeCase.proof} errors={errors} /> : null}
        <button type="submit" className="button" disabled={navigation.state === 'submitting'}>
          {t('wizard.documents.submit')}
        </button>
      </Form>
    </div>
  )
}
