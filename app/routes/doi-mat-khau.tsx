// Changing one's password, for every role; where a temporary password set by an admin is replaced at the next
// login (access.server.ts sends the person here first). Every other session of the account ends.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { optionalUser } from '~/auth/access.server.ts'
import { startSession } from '~/auth/session.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { NewPasswordFields } from '~/components/forms/NewPasswordFields.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { db } from '~/db.server.ts'
import { safeRedirect } from '~/domain/auth/roles.ts'
import { passwordChangeSchema } from '~/domain/identity/schemas.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { failure, parseForm } from '~/forms/validation.ts'
import { changePassword } from '~/models/user.server.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

async function signedIn(request: Request) {
  const user = await optionalUser(request)
  if (!user) throw redirect(`/dang-nhap?redirectTo=${encodeURIComponent(new URL(request.url).pathname)}`)
  return user
}

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await signedIn(request)
  const account = await (await db()).user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })
  return { title: await pageTitle(request, 'profile.password.title'), hasPassword: Boolean(account.passwordHash), temporary: user.mustChangePassword }
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await signedIn(request)
  const formData = await request.formData()
  const parsed = parseForm(formData, passwordChangeSchema)
  if (!parsed.ok) return invalid(parsed)
  const changed = await changePassword(await db(), user.id, parsed.data.currentPassword, parsed.data.password)
  if (!changed.ok) return invalid(failure(changed.errors, formData))
  const cookie = await startSession(user.id, request)
  throw redirect(safeRedirect(parsed.data.redirectTo, user.role), { headers: { 'Set-Cookie': cookie } })
}

const loadSchema = () => import('~/domain/identity/schemas.ts').then((m) => m.passwordChangeSchema)

export default function ChangePassword() {
  const { hasPassword, temporary } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const [searchParams] = useSearchParams()
  const { t } = useTranslation()
  const { field, register, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData)
  return (
    <div className="form-narrow">
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <h1>{t(hasPassword ? 'profile.password.heading' : 'profile.password.setHeading')}</h1>
      {temporary ? <p className="notice">{t('profile.password.temporary')}</p> : null}
      <p>{t('profile.password.lead')}</p>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <input type="hidden" {...register('redirectTo')} value={searchParams.get('redirectTo') ?? ''} />
        {hasPassword ? <TextField label={t('profile.password.current')} {...field('currentPassword')} type="password" autoComplete="current-password" /> : null}
        <NewPasswordFields field={field} label={t('profile.password.new')} />
        <button type="submit" className="button">
          {t('profile.password.submit')}
        </button>
      </Form>
    </div>
  )
}
