// The national e-ID's answer: checked (eid.server.ts), then the person is signed in to the account of their CCCD
// (models/identity.server.ts), exactly as a password login would start a session.
import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { completeEidLogin, eidConfig } from '~/auth/eid.server.ts'
import { startSession } from '~/auth/session.server.ts'
import { db } from '~/db.server.ts'
import { safeRedirect } from '~/domain/auth/roles.ts'
import { signInVerified } from '~/models/identity.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

const STATUS: Record<string, number> = { cancelled: 200, level: 403, staff: 403, locked: 403, otherPerson: 403, taken: 409 }

export async function loader({ request }: LoaderFunctionArgs) {
  const config = eidConfig()
  if (!config) throw new Response('Not found', { status: 404 })
  const prisma = await db()
  const { result, clearCookie } = await completeEidLogin(prisma, config, request)
  const refuse = async (problem: string) =>
    data(
      { title: await pageTitle(request, 'identity.failed.title'), problem, linking: result.ok && Boolean(result.intent.linkUserId) },
      { status: STATUS[problem] ?? 400, headers: { 'Set-Cookie': clearCookie } },
    )
  if (!result.ok) return refuse(result.problem)
  const signedIn = await signInVerified(prisma, result, result.intent.linkUserId)
  if (!signedIn.ok) return refuse(signedIn.problem)
  const headers = new Headers({ 'Set-Cookie': clearCookie })
  if (result.intent.linkUserId) throw redirect('/ho-so/tai-khoan?da-xac-thuc=1', { headers })
  headers.append('Set-Cookie', await startSession(signedIn.userId, request, { persistent: result.intent.persistent }))
  throw redirect(signedIn.tookOver ? '/ho-so?tiep-quan=1' : safeRedirect(result.intent.redirectTo, 'CITIZEN'), { headers })
}

export default function EidFailed() {
  const { problem, linking } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <div className="form-narrow">
      <h1>{t('identity.failed.heading')}</h1>
      <p>{t(`identity.failed.${problem}`)}</p>
      <p>
        <Link to={linking ? '/ho-so/tai-khoan' : '/dang-nhap'}>{t(linking ? 'identity.failed.backToProfile' : 'identity.failed.backToLogin')}</Link>
      </p>
    </div>
  )
}
