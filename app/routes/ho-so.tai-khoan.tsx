// The citizen's account: who the e-ID says they are (read only), the address remembered for the next dossier,
// the phone and e-mail address (each confirmed before it counts), the password, and where they are signed in.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { eidConfig } from '~/auth/eid.server.ts'
import { requireArea } from '~/auth/access.server.ts'
import { endAllSessions, readSession, sessionsOf } from '~/auth/session.server.ts'
import { IdentitySummary } from '~/components/IdentitySummary.tsx'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { FormGroup } from '~/components/forms/FormGroup.tsx'
import { SummaryList } from '~/components/SummaryList.tsx'
import { db } from '~/db.server.ts'
import { formatDate, formatDateTime } from '~/domain/format.ts'
import { codeErrorKey, maskEmail, maskPhone } from '~/domain/identity/one-time-code.ts'
import { addressSchema, codeSchema, emailChangeSchema, phoneChangeSchema } from '~/domain/identity/schemas.ts'
import { parseForm, type FieldErrors } from '~/forms/validation.ts'
import { confirmPhone, profileOf, removeEmail, saveAddress, sendEmailLink, sendPhoneCode } from '~/models/profile.server.ts'
import { attempt } from '~/models/rate-limit.server.ts'
import { clientAddress, tooManyAttempts } from '~/utils/client-address.server.ts'
import { answer } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { revalidateAfterRefusal } from '~/utils/revalidate.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)
export { revalidateAfterRefusal as shouldRevalidate }

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'citizen')
  const current = (await readSession(request))!
  const profile = await profileOf(await db(), user.id)
  return {
    title: await pageTitle(request, 'profile.title'),
    profile: { ...profile, phoneCodeSentTo: profile.phoneCodeSentTo && maskPhone(profile.phoneCodeSentTo), emailLinkSentTo: profile.emailLinkSentTo && maskEmail(profile.emailLinkSentTo) },
    sessions: await sessionsOf(user.id, current.session),
    eid: eidConfig()?.kind ?? null,
  }
}

type Result = { ok: true; done: string } | { ok: false; errors: FieldErrors; values?: Record<string, string>; retryMinutes?: number }

export async function action(args: ActionFunctionArgs) {
  const result = await act(args)
  return !result.ok && result.retryMinutes ? tooManyAttempts(result, result.retryMinutes) : answer(result)
}

async function act({ request, context }: ActionFunctionArgs): Promise<Result> {
  const user = await requireArea(request, 'citizen')
  const prisma = await db()
  const form = await request.formData()
  const intent = form.get('intent')
  const refused = (errors: FieldErrors) => ({ ok: false as const, errors, values: Object.fromEntries([...form].filter(([, v]) => typeof v === 'string')) as Record<string, string> })
  if (intent === 'address') {
    const parsed = parseForm(form, addressSchema)
    if (!parsed.ok) return refused(parsed.errors)
    await saveAddress(prisma, user.id, parsed.data.address)
    return { ok: true, done: 'address' }
  }
  if (intent === 'sendPhoneCode') {
    const parsed = parseForm(form, phoneChangeSchema)
    if (!parsed.ok) return refused(parsed.errors)
    const sent = await sendPhoneCode(prisma, user, parsed.data.phone)
    return sent.allowed ? { ok: true, done: 'phoneCode' } : { ...refused({ phone: 'errors.code.tooMany' }), retryMinutes: sent.retryMinutes }
  }
  if (intent === 'confirmPhone') {
    const parsed = parseForm(form, codeSchema)
    if (!parsed.ok) return refused({ code: parsed.errors.code! })
    const verdict = await attempt(prisma, 'codeCheckAddress', clientAddress(context))
    if (!verdict.allowed) return { ...refused({ code: 'errors.tooManyAttempts' }), retryMinutes: verdict.retryMinutes }
    const checked = await confirmPhone(prisma, user, parsed.data.code)
    return checked.ok ? { ok: true, done: 'phone' } : refused({ code: codeErrorKey(checked.reason) })
  }
  if (intent === 'sendEmailLink') {
    const parsed = parseForm(form, emailChangeSchema)
    if (!parsed.ok) return refused(parsed.errors)
    const sent = await sendEmailLink(prisma, user, parsed.data.email)
    return sent.allowed ? { ok: true, done: 'emailLink' } : { ...refused({ email: 'errors.code.tooMany' }), retryMinutes: sent.retryMinutes }
  }
  if (intent === 'removeEmail') {
    await removeEmail(prisma, user.id)
    return { ok: true, done: 'emailRemoved' }
  }
  if (intent === 'signOutEverywhere') {
    await endAllSessions(user.id)
    throw redirect('/dang-nhap?da-dang-xuat=1')
  }
  throw new Response('Bad request', { status: 400 })
}

export default function Profile() {
  const { profile, sessions, eid } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const [params] = useSearchParams()
  const { t } = useTranslation()
  const errors = result && !result.ok ? result.errors : {}
  const typed = (result && !result.ok && result.values) || {}
  const verified = profile.identityLevel === 'VERIFIED'
  return (
    <>
      <ErrorSummary errors={errors} />
      {result?.ok || params.get('da-xac-thuc') ? (
        <div className="notice" role="status">
          <p>{t(`profile.done.${result?.ok ? result.done : 'verified'}`)}</p>
        </div>
      ) : null}
      <h1>{t('profile.heading')}</h1>

      <section id="dinh-danh" aria-labelledby="identity-section">
        <h2 id="identity-section">{t('profile.identity.heading')}</h2>
        <IdentitySummary person={{ fullName: profile.fullName, nationalId: profile.nationalId, verified }} />
        <SummaryList
          rows={[
            [t('identity.sandbox.claims.dateOfBirth'), profile.dateOfBirth ? formatDate(profile.dateOfBirth) : '—'],
            [t('identity.sandbox.claims.sex'), profile.sex ? t(`identity.sex.${profile.sex}`) : '—'],
          ]}
        />
        {verified ? (
          <p>{t('profile.identity.verified', { date: profile.identityVerifiedAt ? formatDate(profile.identityVerifiedAt) : '' })}</p>
        ) : eid ? (
          <Form method="post" action="/dinh-danh/dang-nhap" className="panel">
            <p>{t('profile.identity.link')}</p>
            <input type="hidden" name="intent" value="link" />
            <button type="submit" className="button">
              {t(`identity.login.submit.${eid}`)}
            </button>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="address-section">
        <h2 id="address-section">{t('profile.address.heading')}</h2>
        <Form method="post">
          <input type="hidden" name="intent" value="address" />
          <FormGroup id="address" label={t('profile.address.label')} hint={t('profile.address.hint')} error={errors.address}>
            <input id="address" name="address" className="input" defaultValue={typed.address ?? profile.address ?? ''} autoComplete="street-address" />
          </FormGroup>
          <button type="submit" className="button button--secondary">
            {t('profile.address.save')}
          </button>
        </Form>
      </section>

      <section aria-labelledby="phone-section">
        <h2 id="phone-section">{t('profile.phone.heading')}</h2>
        <p>
          {profile.phone ?? '—'} <ContactState confirmed={Boolean(profile.phone && profile.phoneVerifiedAt)} />
        </p>
        <Form method="post">
          <input type="hidden" name="intent" value="sendPhoneCode" />
          <FormGroup id="phone" label={t('profile.phone.label')} hint={t('profile.phone.hint')} error={errors.phone}>
            <input id="phone" name="phone" type="tel" className="input" defaultValue={typed.phone ?? profile.phone ?? ''} autoComplete="tel" />
          </FormGroup>
          <button type="submit" className="button button--secondary">
            {t('profile.phone.send')}
          </button>
        </Form>
        {profile.phoneCodeSentTo ? (
          <Form method="post">
            <input type="hidden" name="intent" value="confirmPhone" />
            <FormGroup id="code" label={t('profile.phone.code', { phone: profile.phoneCodeSentTo })} error={errors.code}>
              <input id="code" name="code" className="input" inputMode="numeric" autoComplete="one-time-code" />
            </FormGroup>
            <button type="submit" className="button">
              {t('profile.phone.confirm')}
            </button>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="email-section">
        <h2 id="email-section">{t('profile.email.heading')}</h2>
        <p>
          {profile.email ?? t('profile.email.none')} {profile.email ? <ContactState confirmed={Boolean(profile.emailVerifiedAt)} /> : null}
        </p>
        {profile.emailLinkSentTo ? <p>{t('profile.email.waiting', { email: profile.emailLinkSentTo })}</p> : null}
        <Form method="post">
          <input type="hidden" name="intent" value="sendEmailLink" />
          <FormGroup id="email" label={t('profile.email.label')} hint={t('profile.email.hint')} error={errors.email}>
            <input id="email" name="email" type="email" className="input" defaultValue={typed.email ?? profile.email ?? ''} autoComplete="email" spellCheck={false} />
          </FormGroup>
          <button type="submit" className="button button--secondary">
            {t('profile.email.send')}
          </button>
        </Form>
        {profile.email ? (
          <Form method="post">
            <input type="hidden" name="intent" value="removeEmail" />
            <button type="submit" className="link-button">
              {t('profile.email.remove')}
            </button>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="password-section">
        <h2 id="password-section">{t('profile.password.heading')}</h2>
        <p>{t(profile.hasPassword ? 'profile.password.has' : 'profile.password.none')}</p>
        <p>
          <Link to="/doi-mat-khau?redirectTo=/ho-so/tai-khoan" className="button button--secondary">
            {t(profile.hasPassword ? 'profile.password.change' : 'profile.password.set')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="sessions-section">
        <h2 id="sessions-section">{t('profile.sessions.heading')}</h2>
        <ul className="results">
          {sessions.map((s, i) => (
            <li key={i}>
              {t('profile.sessions.since', { date: formatDateTime(s.createdAt) })} · {s.userAgent ?? t('profile.sessions.unknownDevice')}
              {s.persistent ? ` · ${t('profile.sessions.persistent')}` : ''}
              {s.current ? (
                <>
                  {' '}
                  <strong className="tag">{t('profile.sessions.current')}</strong>
                </>
              ) : null}
            </li>
          ))}
        </ul>
        <Form method="post">
          <input type="hidden" name="intent" value="signOutEverywhere" />
          <button type="submit" className="button button--warning">
            {t('profile.sessions.signOutEverywhere')}
          </button>
        </Form>
      </section>
    </>
  )
}

function ContactState({ confirmed }: { confirmed: boolean }) {
  const { t } = useTranslation()
  return <strong className={`tag${confirmed ? ' tag--verified' : ''}`}>{t(confirmed ? 'profile.contact.confirmed' : 'profile.contact.unconfirmed')}</strong>
}
