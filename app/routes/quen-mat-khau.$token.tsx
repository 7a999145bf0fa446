// Account recovery by the link sent to the account's confirmed e-mail address: a new password, once.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { NewPasswordFields } from '~/components/forms/NewPasswordFields.tsx'
import { db } from '~/db.server.ts'
import { recoveryLinkSchema } from '~/domain/identity/schemas.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { failure, parseForm } from '~/forms/validation.ts'
import { resetWithLink } from '~/models/recovery.server.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  return { title: await pageTitle(request, 'recovery.link.title') }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await request.formData()
  const parsed = parseForm(formData, recoveryLinkSchema)
  if (!parsed.ok) return invalid(parsed)
  const done = await resetWithLink(await db(), params.token ?? '', parsed.data.password)
  if (!done.ok) return invalid(failure(done.errors, formData))
  throw redirect('/dang-nhap?da-dat-lai-mat-khau=1')
}

const loadSchema = () => import('~/domain/identity/schemas.ts').then((m) => m.recoveryLinkSchema)

export default function RecoveryLink() {
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const { field, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData)
  return (
    <div className="form-narrow">
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <h1>{t('recovery.link.heading')}</h1>
      <Form method="post" noValidate onSubmit={onSubmit}>
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
