// The link sent to confirm an e-mail address. Opening it only shows a button: mail scanners open links too, and
// the token is used once.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { db } from '~/db.server.ts'
import { codeErrorKey } from '~/domain/identity/one-time-code.ts'
import { confirmEmail } from '~/models/profile.server.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  return { title: await pageTitle(request, 'profile.email.confirmTitle') }
}

export async function action({ params }: ActionFunctionArgs) {
  const checked = await confirmEmail(await db(), params.token ?? '')
  return checked.ok ? { ok: true as const } : invalid({ ok: false as const, error: codeErrorKey(checked.reason) })
}

export default function ConfirmEmail() {
  const result = useActionData<typeof action>()
  const { t } = useTranslation()
  return (
    <div className="form-narrow">
      <h1>{t('profile.email.confirmTitle')}</h1>
      {result?.ok ? (
        <div className="notice" role="status">
          <p>{t('profile.email.confirmed')}</p>
          <Link to="/ho-so/tai-khoan">{t('profile.title')}</Link>
        </div>
      ) : (
        <>
          {result && !result.ok ? (
            <p className="error-message" role="alert">
              {t(result.error)}
            </p>
          ) : null}
          <Form method="post">
            <button type="submit" className="button">
              {t('profile.email.confirmButton')}
            </button>
          </Form>
        </>
      )}
    </div>
  )
}
