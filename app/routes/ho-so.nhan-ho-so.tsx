import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '~/auth/access.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { FormGroup } from '~/components/forms/FormGroup.tsx'
import { db } from '~/db.server.ts'
import { formatDate } from '~/domain/format.ts'
import { codeErrorKey } from '~/domain/identity/one-time-code.ts'
import { codeSchema } from '~/domain/identity/schemas.ts'
import { parseForm, type FieldErrors } from '~/forms/validation.ts'
import { claimOffers, confirmClaim, linkVerifiedDossiers, sendClaimCode } from '~/models/dossier-claims.server.ts'
import { attempt } from '~/models/rate-limit.server.ts'
import { clientAddress, tooManyAttempts } from '~/utils/client-address.server.ts'
import { answer } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { revalidateAfterRefusal } from '~/utils/revalidate.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)
export { revalidateAfterRefusal as shouldRevalidate }

/** Dossiers filed for the person's CCCD at a counter or a support point: linked (verified) or offered with a code. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'citizen')
  const prisma = await db()
  const linked = await linkVerifiedDossiers(prisma, user)
  return { title: await pageTitle(request, 'identity.claim.title'), verified: user.identityLevel === 'VERIFIED', linked, offers: await claimOffers(prisma, user) }
}

type Result = { ok: true; intent: 'send' | 'confirm'; dossierId?: string } | { ok: false; errors: FieldErrors; retryMinutes?: number }

export async function action(args: ActionFunctionArgs) {
  const result = await act(args)
  return !result.ok && result.retryMinutes ? tooManyAttempts(result, result.retryMinutes) : answer(result)
}

async function act({ request, context }: ActionFunctionArgs): Promise<Result> {
  const user = await requireArea(request, 'citizen')
  const prisma = await db()
  const form = await request.formData()
  const dossierId = String(form.get('dossierId') ?? '')
  const field = `code-${dossierId}`
  if (form.get('intent') === 'send') {
    const sent = await sendClaimCode(prisma, user, dossierId)
    if (!sent) throw new Response('Not found', { status: 404 })
    return sent.allowed ? { ok: true, intent: 'send' } : { ok: false, errors: { [field]: 'errors.code.tooMany' }, retryMinutes: sent.retryMinutes }
  }
  if (form.get('intent') !== 'confirm') throw new Response('Bad request', { status: 400 })
  const parsed = parseForm(form, codeSchema)
  if (!parsed.ok) return { ok: false, errors: { [field]: parsed.errors.code ?? 'errors.code.format' } }
  const verdict = await attempt(prisma, 'codeCheckAddress', clientAddress(context))
  if (!verdict.allowed) return { ok: false, errors: { [field]: 'errors.tooManyAttempts' }, retryMinutes: verdict.retryMinutes }
  const checked = await confirmClaim(prisma, user, dossierId, parsed.data.code)
  if (!checked) throw new Response('Not found', { status: 404 })
  return checked.ok ? { ok: true, intent: 'confirm', dossierId } : { ok: false, errors: { [field]: codeErrorKey(checked.reason) } }
}

export default function ClaimDossiers() {
  const { verified, linked, offers } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useTranslation()
  const errors = result && !result.ok ? result.errors : {}
  return (
    <>
      <ErrorSummary errors={errors} />
      {result?.ok ? (
        <div className="notice" role="status">
          <p>{t(`identity.claim.done.${result.intent}`)}</p>
          {result.dossierId ? <Link to={`/ho-so/${result.dossierId}`}>{t('identity.claim.open')}</Link> : null}
        </div>
      ) : null}
      <h1>{t('identity.claim.heading')}</h1>
      {verified ? (
        <p>{linked > 0 ? t('identity.claim.linked', { count: linked }) : t('identity.claim.verifiedNone')}</p>
      ) : (
        <>
          <p>{t('identity.claim.lead')}</p>
          {offers.length === 0 ? <p>{t('identity.claim.none')}</p> : null}
          <ul className="results">
            {offers.map((offer, index) => (
              <li key={offer.id} className="panel">
                <h2>{t('identity.claim.offer', { number: index + 1, channel: t(`channel.${offer.channel}`), date: offer.submittedAt ? formatDate(offer.submittedAt) : '—' })}</h2>
                {offer.phone ? (
                  <>
                    <Form method="post">
                      <input type="hidden" name="intent" value="send" />
                      <input type="hidden" name="dossierId" value={offer.id} />
                      <p>{t('identity.claim.sendLead', { phone: offer.phone })}</p>
                      <button type="submit" className="button button--secondary">
                        {t(offer.codeSent ? 'identity.claim.sendAgain' : 'identity.claim.send')}
                      </button>
                    </Form>
                    {offer.codeSent ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="confirm" />
                        <input type="hidden" name="dossierId" value={offer.id} />
                        <FormGroup id={`code-${offer.id}`} label={t('identity.claim.code', { phone: offer.phone })} error={errors[`code-${offer.id}`]}>
                          <input id={`code-${offer.id}`} name="code" className="input" inputMode="numeric" autoComplete="one-time-code" />
                        </FormGroup>
                        <button type="submit" className="button">
                          {t('identity.claim.confirm')}
                        </button>
                      </Form>
                    ) : null}
                  </>
                ) : (
                  <p>{t('identity.claim.noPhone')}</p>
                )}
              </li>
            ))}
          </ul>
          <p>{t('identity.claim.eidHint')}</p>
        </>
      )}
      <p>
        <Link to="/ho-so">{t('identity.claim.back')}</Link>
      </p>
    </>
  )
}
