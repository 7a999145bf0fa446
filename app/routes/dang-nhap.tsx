import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { optionalUser } from '~/auth/access.server.ts'
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
import { authenticate, findByIdentifier } from '~/models/user.server.ts'
import { CHANGE_PASSWORD_PATH } from '~/auth/access.server.ts'
import { eidConfig } from '~/auth/eid.server.ts'
import { clientAddress, tooManyAttempts } from '~/utils/client-address.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await optionalUser(request)
  if (user) throw redirect(homePathOf(user.role))
  if (hasControlCharacters(new URL(request.url).searchParams.get('redirectTo') ?? '')) throw new Response('Bad request', { status: 400 })
  return { title: await pageTitle(request, 'login.title'), eid: eidConfig()?.kind ?? null }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData()
  const parsed = parseForm(formData, loginSchema)
  if (!parsed.ok) return invalid(parsed)
  const prisma = await db()
  const identifier = parsed.data.identifier.trim()
  // One counter per account, whether its CCCD or its e-mail was typed; an unknown identifier counts on its own.
  const account = await findByIdentifier(prisma, identifier)
  const counter = account ? `user:${account.id}` : identifier
  // Both counters move on every attempt; either one over its limit stops this one before the password check.
  const verdicts = [await attempt(prisma, 'loginAddress', clientAddress(context)), await attempt(prisma, 'loginAccount', counter)]
  const refused = verdicts.find((v) => !v.allowed)
  if (refused && !refused.allowed) return tooManyAttempts(failure({ identifier: 'errors.tooManyAttempts' }, formData), refused.retryMinutes)
  const checked = await authenticate(prisma, identifier, parsed.data.password)
  if (!checked.ok) return invalid(failure({ identifier: checked.reason === 'locked' ? 'errors.login.locked' : 'errors.login.invalid' }, formData))
  await forget(prisma, 'loginAccount', counter)
  const cookie = await startSession(checked.user.id, request, { persistent: parsed.data.persistent })
  const next = safeRedirect(parsed.data.redirectTo, checked.user.role)
  // A temporary password from an admin is changed before anything else.
  const to = checked.user.mustChangePassword ? `${CHANGE_PASSWORD_PATH}?redirectTo=${encodeURIComponent(next)}` : next
  throw redirect(to, { headers: { 'Set-Cookie': cookie } })
}

const loadSchema = () => import('~/domain/identity/schemas.ts').then((m) => m.loginSchema)

export default function Login() {
  const { eid } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const { t } = useTranslation()
  const { field, register, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData)
  const redirectTo = searchParams.get('redirectTo') ?? ''
  return (
    <div className="form-narrow">
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <h1>{t('login.heading')}</h1>
      {['da-dat-lai-mat-khau', 'da-dang-xuat'].map((notice) =>
        searchParams.get(notice) ? (
          <div key={notice} className="notice" role="status">
            <p>{t(`login.notice.${notice}`)}</p>
          </div>
        ) : null,
      )}
      {eid ? (
        <Form method="post" action="/dinh-danh/dang-nhap" className="panel">
          <h2>{t(`identity.login.heading.${eid}`)}</h2>
          <p>{t('identity.login.lead')}</p>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <StaySignedIn id="persistent-eid" />
          <button type="submit" className="button">
            {t(`identity.login.submit.${eid}`)}
          </button>
        </Form>
      ) : null}
      {eid ? <h2>{t('identity.login.password')}</h2> : null}
      <Form method="post" noValidate onSubmit={onSubmit}>
        <input type="hidden" {...register('redirectTo')} value={redirectTo} />
        <TextField label={t('login.identifier')} hint={t('login.identifierHint')} {...field('identifier')} autoComplete="username" spellCheck={false} />
        <TextField label={t('login.password')} {...field('password')} type="password" autoComplete="current-password" />
        <StaySignedIn id="persistent" />
        <button type="submit" className="button">
          {t('login.submit')}
        </button>
      </Form>
      <p>
        <Link to="/quen-mat-khau">{t('recovery.forgot')}</Link>
      </p>
      <p>
        {t('login.noAccount')} <Link to="/dang-ky">{t('nav.register')}</Link>
      </p>
    </div>
  )
}

/** Off by default: support points and one-stop desks share their computers. */
function StaySignedIn({ id }: { id: string }) {
  const { t } = useTranslation()
  return (
    <div className="form-group">
      <label className="radio" htmlFor={id}>
        <input id={id} type="checkbox" name="persistent" aria-describedby={`${id}-hint`} /> {t('login.staySignedIn')}
      </label>
      <div id={`${id}-hint`} className="hint">
        {t('login.staySignedInHint')}
      </div>
    </div>
  )
}
