import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { VerifyFileForm } from '~/components/VerifyFileForm.tsx'
import { describedBy, FormGroup } from '~/components/forms/FormGroup.tsx'
import { db } from '~/db.server.ts'
import { normaliseVerificationCode } from '~/domain/documents/verification-code.ts'
import { attempt } from '~/models/rate-limit.server.ts'
import { codeOfFile } from '~/models/verification.server.ts'
import { clientAddress, tooManyAttempts } from '~/utils/client-address.server.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { parseMultipart, TOO_LARGE, uploadIn } from '~/utils/multipart.server.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** `/xac-thuc?ma=…` (the form below, or a code typed into the address) leads to the document's page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const typed = new URL(request.url).searchParams.get('ma')
  const title = await pageTitle(request, 'verify.title')
  if (typed === null) return { title, typed: '', errors: {} }
  const code = normaliseVerificationCode(typed)
  if (code) throw redirect(`/xac-thuc/${code}`)
  return invalid({ title, typed, errors: { ma: 'verify.errors.code' } })
}

/** An uploaded file: the issued document it is exactly, found by its SHA-256, or none. */
export async function action({ request, context }: ActionFunctionArgs) {
  const verdict = await attempt(await db(), 'verifyAddress', clientAddress(context))
  if (!verdict.allowed) return tooManyAttempts({ errors: { file: 'errors.tooManyAttempts' }, notIssued: false }, verdict.retryMinutes)
  const upload = await uploadIn(await parseMultipart(request), 'file')
  if (upload === TOO_LARGE) return invalid({ errors: { file: 'errors.upload.tooLarge' }, notIssued: false })
  if (!upload || upload.bytes.length === 0) return invalid({ errors: { file: 'verify.errors.noFile' }, notIssued: false })
  const code = await codeOfFile(await db(), upload.bytes)
  if (code) throw redirect(`/xac-thuc/${code}?tep=khop`)
  return { errors: {}, notIssued: true }
}

export default function Verify() {
  const data = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useTranslation()
  const errors: Record<string, string> = { ...data.errors, ...result?.errors }
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{t('verify.heading')}</h1>
      <p>{t('verify.lead')}</p>
      {result?.notIssued ? (
        <div className="notice notice--warning" role="status">
          <p>{t('verify.notIssued')}</p>
        </div>
      ) : null}
      <h2>{t('verify.byCode')}</h2>
      <Form method="get" noValidate>
        <FormGroup id="ma" label={t('verify.code')} hint={t('verify.codeHint')} error={errors.ma}>
          <input id="ma" name="ma" className="input" defaultValue={data.typed} autoComplete="off" spellCheck={false} aria-describedby={describedBy('ma', t('verify.codeHint'), errors.ma)} />
        </FormGroup>
        <button type="submit" className="button">
          {t('verify.check')}
        </button>
      </Form>
      <h2>{t('verify.byFile')}</h2>
      <VerifyFileForm error={errors.file} />
    </>
  )
}
