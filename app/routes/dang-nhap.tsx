import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { optionalUser } from '~/auth/guards.server.ts'
import { startSession } from '~/auth/session.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { db } from '~/db.server.ts'
import { hasControlCharacters, homePathOf, safeRedirect } from '~/domain/auth/roles.ts'
import { loginSchema } from '~/domain/identity/schemas.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { failure, parseForm } from '~/forms/validation.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { attempt, forget } from '~/models/rate-limit.server.ts'
import { authenticate } from '~/models/user.server.ts'
import { clientAddress, tooManyAttempts } from '~/utils/client-address.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await optionalUser(request)
  if (user) throw redirect(homePathOf(user.role))
  if (hasControlCharacters(new URL(request.url).searchParams.get('redirectTo') ?? '')) throw new Response('Bad request', { status: 400 })
  return { title: await pageTitle(request, 'login.title') }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData()
  const parsed = parseForm(formData, loginSchema)
  if (!parsed.ok) return invalid(parsed)
  const prisma = await db()
  const identifier = parsed.data.identifier.trim()
  // Both counters move on every attempt; either one over its limit stops this one before the password check.
  const verdicts = [await attempt(prisma, 'loginAddress', clientAddress(context)), await attempt(prisma, 'loginAccount', identifier)]
  const refused = verdicts.find((v) => !v.allowed)
  if (refused && !refused.allowed) return tooManyAttempts(failure({ identifier: 'errors.tooManyAttempts' }, formData), refused.retryMinutes)
  const user = await authenticate(prisma, identifier, parsed.data.password)
  if (!user) return invalid(failure({ identifier: 'errors.login.invalid' }, formData))
  await forget(prisma, 'loginAccount', identifier)
  const cookie = await startSession(user.id, request)
  throw redirect(safeRedirect(parsed.data.redirectTo, user.role), { headers: { 'Set-Cookie': cookie } })
}

const loadSchema = () => import('~/domain/identity/schemas.ts').then((m) => m.loginSchema)

export default function Login() {
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const { t } = useTranslation()
  const { field, register, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData)
  return (
    <div className="form-narrow">
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <h1>{t('login.heading')}</h1>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <input type="hidden" {...register('redirectTo')} value={searchParams.get('redirectTo') ?? ''} />
        <TextField label={t('login.identifier')} hint={t('login.identifierHint')} {...field('identifier')} autoComplete="username" spellCheck={false} />
        <TextField label={t('login.password')} {...field('password')} type="password" autoComplete="current-password" />
        <button type="submit" className="button">
          {t('login.submit')}
        </button>
      </Form>
      <p>
        {t('login.noAccount')} <Link to="/dang-ky">{t('nav.register')}</Link>
      </p>
    </div>
  )
}
