// Step two of registering: the code sent to the phone makes the account (its phone confirmed) and signs in.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { startSession } from '~/auth/session.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { db } from '~/db.server.ts'
import { maskPhone } from '~/domain/identity/one-time-code.ts'
import { codeSchema } from '~/domain/identity/schemas.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { failure, parseForm } from '~/forms/validation.ts'
import { attempt } from '~/models/rate-limit.server.ts'
import { completeRegistration, pendingRegistration, registrationCookie } from '~/models/user.server.ts'
import { clientAddress, tooManyAttempts } from '~/utils/client-address.server.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const pending = await pendingRegistration(await db(), registrationCookie.read(request))
  if (!pending) throw redirect('/dang-ky')
  return { title: await pageTitle(request, 'register.confirm.title'), phone: maskPhone(pending.phone) }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData()
  const parsed = parseForm(formData, codeSchema)
  if (!parsed.ok) return invalid(parsed)
  const prisma = await db()
  const verdict = await attempt(prisma, 'codeCheckAddress', clientAddress(context))
  if (!verdict.allowed) return tooManyAttempts(failure({ code: 'errors.tooManyAttempts' }, formData), verdict.retryMinutes)
  const done = await completeRegistration(prisma, registrationCookie.read(request), parsed.data.code)
  if (!done.ok) return invalid(failure(done.errors, formData))
  const headers = new Headers({ 'Set-Cookie': registrationCookie.clear() })
  headers.append('Set-Cookie', await startSession(done.userId, request))
  throw redirect('/ho-so?chao-mung=1', { headers })
}

const loadSchema = () => import('~/domain/identity/schemas.ts').then((m) => m.codeSchema)

export default function ConfirmRegistration() {
  const { phone } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const { field, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData)
  return (
    <div className="form-narrow">
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <h1>{t('register.confirm.heading')}</h1>
      <p>{t('register.confirm.lead', { phone })}</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <TextField label={t('register.confirm.code')} hint={t('register.confirm.codeHint')} {...field('code')} inputMode="numeric" autoComplete="one-time-code" />
        <button type="submit" className="button">
          {t('register.confirm.submit')}
        </button>
      </Form>
      <p>
        <Link to="/dang-ky">{t('register.confirm.again')}</Link>
      </p>
    </div>
  )
}
