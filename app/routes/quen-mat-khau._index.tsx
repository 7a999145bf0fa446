// Account recovery, step one: which account. The answer is the same whether or not it exists (recovery.server.ts).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { db } from '~/db.server.ts'
import { recoveryStartSchema } from '~/domain/identity/schemas.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { failure, parseForm } from '~/forms/validation.ts'
import { attempt } from '~/models/rate-limit.server.ts'
import { recoveryCookie, startRecovery } from '~/models/recovery.server.ts'
import { clientAddress, tooManyAttempts } from '~/utils/client-address.server.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  return { title: await pageTitle(request, 'recovery.title') }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData()
  const parsed = parseForm(formData, recoveryStartSchema)
  if (!parsed.ok) return invalid(parsed)
  const prisma = await db()
  const verdict = await attempt(prisma, 'accountRequestAddress', clientAddress(context))
  if (!verdict.allowed) return tooManyAttempts(failure({ identifier: 'errors.tooManyAttempts' }, formData), verdict.retryMinutes)
  const requestId = await startRecovery(prisma, parsed.data.identifier)
  throw redirect('/quen-mat-khau/ma', { headers: { 'Set-Cookie': recoveryCookie.set(requestId) } })
}

const loadSchema = () => import('~/domain/identity/schemas.ts').then((m) => m.recoveryStartSchema)

export default function Recovery() {
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const { field, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData)
  return (
    <div className="form-narrow">
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <h1>{t('recovery.heading')}</h1>
      <p>{t('recovery.lead')}</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <TextField label={t('login.identifier')} {...field('identifier')} autoComplete="username" spellCheck={false} />
        <button type="submit" className="button">
          {t('recovery.submit')}
        </button>
      </Form>
      <p>{t('recovery.staff')}</p>
      <p>
        <Link to="/dang-nhap">{t('identity.failed.backToLogin')}</Link>
      </p>
    </div>
  )
}
