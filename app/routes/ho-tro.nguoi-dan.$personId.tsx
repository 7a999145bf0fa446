import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '~/auth/access.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { FormGroup } from '~/components/forms/FormGroup.tsx'
import { ProcedureSelect } from '~/components/forms/ProcedureSelect.tsx'
import { StatusTag, SummaryList } from '~/components/SummaryList.tsx'
import { db } from '~/db.server.ts'
import { stepHref } from '~/domain/dossier/wizard.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { maskNationalId } from '~/domain/identity/national-id.ts'
import { consentCodeSchema } from '~/domain/support/schemas.ts'
import { parseForm, type FieldErrors } from '~/forms/validation.ts'
import { storeUpload } from '~/models/files.server.ts'
import { codeErrorKey } from '~/domain/identity/one-time-code.ts'
import { attempt } from '~/models/rate-limit.server.ts'
import { confirmConsentCode, consentCodeWaiting, getPerson, recordPaperConsent, sendConsentCode, startAssistedDraft } from '~/models/support.server.ts'
import { clientAddress, tooManyAttempts } from '~/utils/client-address.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { parseMultipart, TOO_LARGE, uploadIn } from '~/utils/multipart.server.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { answer } from '~/utils/invalid.server.ts'
import { revalidateAfterRefusal } from '~/utils/revalidate.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireArea(request, 'supportPoint')
  const prisma = await db()
  const person = await getPerson(prisma, staff, params.personId ?? '')
  if (!person) throw new Response('Not found', { status: 404 })
  const procedures = person.consentAt ? await prisma.procedure.findMany({ where: { published: true, onlineLevel: { not: 'NONE' } }, orderBy: { name: 'asc' }, select: { code: true, name: true } }) : []
  const { consentFileId: _file, ...visible } = person
  return {
    title: await pageTitle(request, 'supportPoint.person.title', { name: person.fullName }),
    person: { ...visible, nationalId: maskNationalId(person.nationalId), codeSent: await consentCodeWaiting(prisma, person.id) },
    procedures,
  }
}

type Result = { ok: true; intent: string } | { ok: false; errors: FieldErrors; retryMinutes?: number }

export { revalidateAfterRefusal as shouldRevalidate }

export async function action(args: ActionFunctionArgs) {
  const result = await act(args)
  return !result.ok && result.retryMinutes ? tooManyAttempts(result, result.retryMinutes) : answer(result)
}

async function act(args: ActionFunctionArgs): Promise<Result> {
  const { request, params } = args
  const staff = await requireArea(request, 'supportPoint')
  const prisma = await db()
  const personId = params.personId ?? ''
  const formData = await parseMultipart(request)
  const intent = String(formData.get('intent'))
  const agreed = formData.get('agreed') === 'on'
  if ((intent === 'sendCode' || intent === 'paperConsent') && !agreed) return { ok: false, errors: { agreed: 'errors.consent.agreed' } }
  if (intent === 'sendCode') {
    const sent = await sendConsentCode(prisma, staff, personId)
    if (!sent) throw new Response('Not found', { status: 404 })
    return sent.allowed ? { ok: true, intent } : { ok: false, errors: { agreed: 'errors.tooManyAttempts' }, retryMinutes: sent.retryMinutes }
  }
  if (intent === 'confirmCode') {
    const parsed = parseForm(formData, consentCodeSchema)
    if (!parsed.ok) return { ok: false, errors: parsed.errors }
    const verdict = await attempt(prisma, 'codeCheckAddress', clientAddress(args.context))
    if (!verdict.allowed) return { ok: false, errors: { code: 'errors.tooManyAttempts' }, retryMinutes: verdict.retryMinutes }
    const checked = await confirmConsentCode(prisma, staff, personId, parsed.data.code)
    if (!checked) throw new Response('Not found', { status: 404 })
    return checked.ok ? { ok: true, intent } : { ok: false, errors: { code: codeErrorKey(checked.reason) } }
  }
  if (intent === 'paperConsent') {
    const upload = await uploadIn(formData, 'consentFile')
    if (!upload || upload === TOO_LARGE) return { ok: false, errors: { consentFile: upload ? 'errors.upload.tooLarge' : 'errors.upload.missing' } }
    const stored = await storeUpload(prisma, staff.id, upload.bytes, upload.name)
    if (!stored.ok) return { ok: false, errors: { consentFile: stored.error } }
    await recordPaperConsent(prisma, staff, personId, stored.fileId)
    return { ok: true, intent }
  }
  if (intent === 'file') {
    const draft = await startAssistedDraft(prisma, staff, personId, String(formData.get('procedureCode') ?? ''))
    if (!draft) return { ok: false, errors: { procedureCode: 'errors.intake.procedure' } }
    throw redirect(stepHref(draft.id, 'nguoi-nop'))
  }
  throw new Response('Bad request', { status: 400 })
}

export default function PersonPage() {
  const { person, procedures } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useTranslation()
  const f = useFormat()
  const errors = result && !result.ok ? result.errors : {}
  const agreement = (way: 'code' | 'paper') => (
    <FormGroup id={`agreed-${way}`} label={t('supportPoint.consent.agreedLabel')} error={errors.agreed}>
      <label className="radio">
        <input id={`agreed-${way}`} name="agreed" type="checkbox" /> {t('supportPoint.consent.agreed', { name: person.fullName })}
      </label>
    </FormGroup>
  )
  return (
    <>
      <ErrorSummary errors={errors} />
      {result?.ok ? (
        <div className="notice" role="status">
          <p>{t(`supportPoint.consent.done.${result.intent}`)}</p>
        </div>
      ) : null}
      <h1>{person.fullName}</h1>
      <SummaryList
        rows={[
          [t('register.nationalId'), person.nationalId],
          [t('supportPoint.register.dateOfBirth'), f.date(person.dateOfBirth)],
          [t('register.phone'), person.phone],
          [t('supportPoint.consent.heading'), person.consentAt ? t(`supportPoint.consent.method.${person.consentMethod}`, { date: f.date(person.consentAt) }) : t('supportPoint.consent.missing')],
        ]}
      />
      {person.consentAt ? (
        <Form method="post" encType="multipart/form-data" className="panel">
          <h2>{t('supportPoint.file.heading')}</h2>
          <input type="hidden" name="intent" value="file" />
          <ProcedureSelect procedures={procedures} error={errors.procedureCode} />
          <button type="submit" className="button">
            {t('supportPoint.file.submit')}
          </button>
        </Form>
      ) : (
        <section className="panel" aria-labelledby="consent-heading">
          <h2 id="consent-heading">{t('supportPoint.consent.heading')}</h2>
          <p>{t('supportPoint.consent.lead')}</p>
          <h3>{t('supportPoint.consent.byCode')}</h3>
          <Form method="post" encType="multipart/form-data">
            <input type="hidden" name="intent" value="sendCode" />
            {agreement('code')}
            <button type="submit" className="button button--secondary">
              {t('supportPoint.consent.sendCode')}
            </button>
          </Form>
          {person.codeSent ? (
            <Form method="post" encType="multipart/form-data">
              <input type="hidden" name="intent" value="confirmCode" />
              <FormGroup id="code" label={t('supportPoint.consent.code')} error={errors.code}>
                <input id="code" name="code" className="input" inputMode="numeric" autoComplete="one-time-code" />
              </FormGroup>
              <button type="submit" className="button">
                {t('supportPoint.consent.confirm')}
              </button>
            </Form>
          ) : null}
          <h3>{t('supportPoint.consent.byPaper')}</h3>
          <Form method="post" encType="multipart/form-data">
            <input type="hidden" name="intent" value="paperConsent" />
            {agreement('paper')}
            <FormGroup id="consentFile" label={t('supportPoint.consent.file')} hint={t('wizard.documents.hint')} error={errors.consentFile}>
              <input id="consentFile" name="consentFile" type="file" accept=".pdf,.jpg,.jpeg,.png" className="file-input" />
            </FormGroup>
            <button type="submit" className="button">
              {t('supportPoint.consent.record')}
            </button>
          </Form>
        </section>
      )}
      <h2>{t('supportPoint.person.dossiers')}</h2>
      <ul className="results">
        {person.dossiers.map((d) => (
          <li key={d.id}>
            {d.code ? (
              <>
                <strong>{d.code}</strong> · {d.procedure.name} · <StatusTag status={d.status} />{' '}
                <a href={`/ho-so/${d.id}/bien-nhan`} download>
                  {t('supportPoint.person.receipt')}
                </a>
              </>
            ) : (
              <Link to={stepHref(d.id, 'nguoi-nop')}>
                {d.procedure.name} — {t('citizen.dossiers.continueDraft')}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
