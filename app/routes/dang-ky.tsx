import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { optionalUser } from '~/auth/access.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { NewPasswordFields } from '~/components/forms/NewPasswordFields.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { db } from '~/db.server.ts'
import { homePathOf } from '~/domain/auth/roles.ts'
import { registrationSchema } from '~/domain/identity/schemas.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { failure, parseForm } from '~/forms/validation.ts'
import { attempt } from '~/models/rate-limit.server.ts'
import { registrationCookie, startRegistration } from '~/models/user.server.ts'
import { clientAddress, tooManyAttempts } from '~/utils/client-address.server.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await optionalUser(request)
  if (user) throw redirect(homePathOf(user.role))
  return { title: await pageTitle(request, 'register.title') }
}

/** Step one: the details wait for the code sent to the phone (dang-ky_.xac-nhan.tsx makes the account). */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData()
  const parsed = parseForm(formData, registrationSchema)
  if (!parsed.ok) return invalid(parsed)
  const prisma = await db()
  for (const [limit, subject, field] of [
    ['accountRequestAddress', clientAddress(context), 'nationalId'],
    ['codeSendTarget', parsed.data.phone, 'phone'],
  ] as const) {
    const verdict = await attempt(prisma, limit, subject)
    if (!verdict.allowed) return tooManyAttempts(failure({ [field]: limit === 'codeSendTarget' ? 'errors.code.tooMany' : 'errors.tooManyAttempts' }, formData), verdict.retryMinutes)
  }
  const started = await startRegistration(prisma, parsed.data)
  if (!started.ok) return invalid(failure(started.errors, formData))
  throw redirect('/dang-ky/xac-nhan', { headers: { 'Set-Cookie': registrationCookie.set(started.pendingId) } })
}

const loadSchema = () => import('~/domain/identity/schemas.ts').then((m) => m.registrationSchema)

export default function Register() {
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const { field, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData)
  return (
    <div className="form-narrow">
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <h1>{t('register.heading')}</h1>
      <p>{t('register.lead')}</p>
      <p className="notice">{t('register.eidHint')}</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <TextField label={t('register.fullName')} {...field('fullName')} autoComplete="name" />
        <TextField label={t('register.nationalId')} hint={t('register.nationalIdHint')} {...field('nationalId')} inputMode="numeric" autoComplete="off" />
        <TextField label={t('register.phone')} hint={t('register.phoneHint')} {...field('phone')} type="tel" autoComplete="tel" />
        <TextField label={t('register.email')} hint={t('register.emailHint')} {...field('email')} type="email" autoComplete="email" spellCheck={false} />
        <NewPasswordFields field={field} label={t('register.password')} />
        <button type="submit" className="button">
          {t('register.submit')}
        </button>
      </Form>
      <p>
        {t('register.haveAccount')} <Link to="/dang-nhap">{t('nav.login')}</Link>
      </p>
    </div>
  )
}
