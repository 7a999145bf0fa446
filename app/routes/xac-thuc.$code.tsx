import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { optionalUser } from '~/auth/access.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { describedBy, FormGroup } from '~/components/forms/FormGroup.tsx'
import { SummaryList } from '~/components/SummaryList.tsx'
import { VerifyFileForm } from '~/components/VerifyFileForm.tsx'
import { db } from '~/db.server.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { revokeIssued } from '~/models/issued-documents.server.ts'
import { attempt } from '~/models/rate-limit.server.ts'
import { matches, verifyCode } from '~/models/verification.server.ts'
import { clientAddress, tooManyAttempts } from '~/utils/client-address.server.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { parseMultipart, TOO_LARGE, uploadIn } from '~/utils/multipart.server.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** Who may revoke: the issuing agency's leaders and administrators. */
const REVOKERS = ['APPROVER', 'AGENCY_ADMIN']

async function load(request: Request, code: string | undefined) {
  const verified = await verifyCode(await db(), code ?? '')
  if (!verified) throw new Response('Not found', { status: 404 })
  const user = await optionalUser(request)
  const mayRevoke = !!user && REVOKERS.includes(user.role) && user.agencyId === verified.found.agencyId && verified.view.status !== 'REVOKED'
  return { ...verified, mayRevoke }
}

/** What an issued document is, who issued it and when, and whether it still stands (the QR code's target). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { view, mayRevoke } = await load(request, params.code)
  const matchedUpload = new URL(request.url).searchParams.get('tep') === 'khop'
  return { title: await pageTitle(request, 'verify.documentTitle', { code: view.code }), document: view, mayRevoke, matchedUpload }
}

type Result = { intent: 'compare'; matches: boolean; errors: Record<string, string> } | { intent: 'revoke'; errors: Record<string, string> }

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { found, mayRevoke } = await load(request, params.code)
  const formData = await parseMultipart(request)
  if (formData.get('intent') === 'revoke') {
    if (!mayRevoke) throw new Response('Forbidden', { status: 403 })
    const reason = String(formData.get('reason') ?? '').trim()
    if (!reason) return invalid<Result>({ intent: 'revoke', errors: { reason: 'verify.errors.reason' } })
    await revokeIssued(await db(), found.code, found.agencyId, reason.slice(0, 500))
    return { intent: 'revoke', errors: {} } satisfies Result
  }
  const verdict = await attempt(await db(), 'verifyAddress', clientAddress(context))
  if (!verdict.allowed) return tooManyAttempts<Result>({ intent: 'compare', matches: false, errors: { file: 'errors.tooManyAttempts' } }, verdict.retryMinutes)
  const upload = await uploadIn(formData, 'file')
  if (upload === TOO_LARGE) return invalid<Result>({ intent: 'compare', matches: false, errors: { file: 'errors.upload.tooLarge' } })
  if (!upload || upload.bytes.length === 0) return invalid<Result>({ intent: 'compare', matches: false, errors: { file: 'verify.errors.noFile' } })
  return { intent: 'compare', matches: matches(found, upload.bytes), errors: {} } satisfies Result
}

export default function VerifiedDocument() {
  const { document: d, mayRevoke, matchedUpload } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() as Result | undefined
  const { t } = useTranslation()
  const f = useFormat()
  const errors = result?.errors ?? {}
  const compared = result?.intent === 'compare' && !errors.file ? result.matches : matchedUpload ? true : null
  return (
    <>
      <ErrorSummary errors={errors} />
      <p className="secondary">
        <Link to="/xac-thuc">{t('verify.heading')}</Link>
      </p>
      <h1>{d.title}</h1>
      {d.status === 'VALID' ? (
        <div className="notice" role="status">
          <p>
            <strong>{t('verify.status.VALID')}</strong> {t('verify.validLead', { agency: d.agency })}
          </p>
        </div>
      ) : (
        <div className="notice notice--warning" role="status">
          <p>
            <strong>{t(`verify.status.${d.status}`)}</strong>{' '}
            {d.status === 'REVOKED'
              ? t('verify.revokedLead', { at: d.revokedAt ? f.dateTime(d.revokedAt) : '', reason: d.revokedReason ?? '' })
              : t('verify.supersededLead', { at: d.supersededAt ? f.dateTime(d.supersededAt) : '' })}{' '}
            {d.supersededByCode ? <Link to={`/xac-thuc/${d.supersededByCode}`}>{t('verify.newer', { code: d.supersededByCode })}</Link> : null}
          </p>
        </div>
      )}
      {compared !== null ? (
        <div className={`notice${compared ? '' : ' notice--warning'}`} role="status" data-verdict={compared ? 'match' : 'mismatch'}>
          <p>
            <strong>{t(compared ? 'verify.match' : 'verify.mismatch')}</strong> {t(compared ? 'verify.matchLead' : 'verify.mismatchLead')}
          </p>
        </div>
      ) : null}
      <SummaryList
        rows={[
          [t('verify.fields.code'), d.code],
          [t('verify.fields.kind'), t(`verify.kinds.${d.kind}`) + (d.formCode ? ` (${t('verify.formNumber', { code: d.formCode })})` : '')],
          [t('verify.fields.agency'), d.agency],
          [t('verify.fields.issuedAt'), f.dateTime(d.issuedAt)],
          d.issuedBy ? [t('verify.fields.issuedBy'), d.issuedBy] : null,
          d.dossierCode ? [t('verify.fields.dossier'), `${d.dossierCode}${d.procedure ? ` — ${d.procedure}` : ''}`] : null,
          d.holder ? [t('verify.fields.holder'), d.holder] : null,
          [
            t('verify.fields.signer'),
            <>
              {d.signer}
              {d.testCertificate ? <strong className="tag tag--overdue"> {t('verify.testCertificate')}</strong> : null}
            </>,
          ],
          [t('verify.fields.fingerprint'), <code key="sha">{d.sha256}</code>],
        ]}
      />
      <h2>{t('verify.compareHeading')}</h2>
      <p>{t('verify.compareLead')}</p>
      <VerifyFileForm intent="compare" error={errors.file} />
      {mayRevoke ? (
        <>
          <h2>{t('verify.revokeHeading')}</h2>
          <Form method="post" encType="multipart/form-data" noValidate>
            <input type="hidden" name="intent" value="revoke" />
            <FormGroup id="reason" label={t('verify.reason')} error={errors.reason}>
              <textarea id="reason" name="reason" className="textarea" rows={3} aria-describedby={describedBy('reason', undefined, errors.reason)} />
            </FormGroup>
            <button type="submit" className="button button--warning">
              {t('verify.revoke')}
            </button>
          </Form>
        </>
      ) : null}
    </>
  )
}
