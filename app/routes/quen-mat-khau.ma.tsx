// Account recovery, step two by phone: the code sent to the account's confirmed phone, and the new password.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { NewPasswordFields } from '~/components/forms/NewPasswordFields.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { db } from '~/db.server.ts'
import { recoveryCodeSchema } from '~/domain/identity/schemas.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { failure, parseForm } from '~/forms/validation.ts'
import { attempt } from '~/models/rate-limit.server.ts'
import { recoveryCookie, resetWithCode } from '~/models/recovery.server.ts'
import { clientAddress, tooManyAttempts } from '~/utils/client-address.server.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  if (!recoveryCookie.read(request)) throw redirect('/quen-mat-khau')
  return { title: await pageTitle(request, 'recovery.code.title') }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData()
  const parsed = parseForm(formData, recoveryCodeSchema)
  if (!parsed.ok) return invalid(parsed)
  const prisma = await db()
  const verdict = await attempt(prisma, 'codeCheckAddress', clientAddress(context))
  if (!verdict.allowed) return tooManyAttempts(failure({ code: 'errors.tooManyAttempts' }, formData), verdict.retryMinutes)
  const done = await resetWithCode(prisma, recoveryCookie.read(request), parsed.data.code, parsed.data.password)
  if (!done.ok) return invalid(failure(done.errors, formData))
  throw redirect('/dang-nhap?da-dat-lai-mat-khau=1', { headers: { 'Set-Cookie': recoveryCookie.clear() } })
}

const loadSchema = () => import('~/domain/identity/schemas.ts').then((m) => m.recoveryCodeSchema)

export default function RecoveryCode() {
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const { field, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData)
  return (
    <div className="form-narrow">
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <h1>{t('recovery.code.heading')}</h1>
      <p>{t('recovery.code.lead')}</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <TextField label={t('recovery.code.code')} hint={t('register.confirm.codeHint')} {...field('code')} inputMode="numeric" autoComplete="one-time-code" />
        <NewPasswordFields field={field} label={t('profile.password.new')} />
        <button type="submit" className="button">
          {t('recovery.code.submit')}
        </button>
      </Form>
      <p>
        <Link to="/quen-mat-khau">{t('recovery.code.again')}</Link>
      </p>
    </div>
  )
}
