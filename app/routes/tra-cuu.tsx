import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { optionalUser, requireArea } from '~/auth/access.server.ts'
import { Form, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useVietnameseContent } from '~/i18n/content-language.ts'
import { StatusTag, SummaryList } from '~/components/SummaryList.tsx'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { Timeline } from '~/components/Timeline.tsx'
import { db } from '~/db.server.ts'
import { lookupSchema } from '~/domain/dossier/schemas.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { failure, parseForm } from '~/forms/validation.ts'
import { lookUpDossier } from '~/models/dossier-view.server.ts'
import { attempt } from '~/models/rate-limit.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { clientAddress, tooManyAttempts } from '~/utils/client-address.server.ts'
import { invalid } from '~/utils/invalid.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  return { title: await pageTitle(request, 'lookup.title') }
}

/** POST, not GET: the phone number or CCCD must not end up in addresses and logs. */
export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData()
  // Taking the dossier into an account is proven there: by the e-ID, or by a code sent to the dossier's phone.
  if (formData.get('intent') === 'claim') {
    await requireArea(request, 'citizen')
    throw redirect('/ho-so/nhan-ho-so')
  }
  const parsed = parseForm(formData, lookupSchema)
  if (!parsed.ok) return invalid({ ...parsed, dossier: null })
  const verdict = await attempt(await db(), 'lookupAddress', clientAddress(context))
  if (!verdict.allowed) return tooManyAttempts({ ...failure({ code: 'errors.tooManyAttempts' }, formData), dossier: null }, verdict.retryMinutes)
  const dossier = await lookUpDossier(await db(), parsed.data.code, parsed.data.secret)
  // One message whether the code or the second factor is wrong: codes cannot be probed.
  if (!dossier) return invalid({ ...failure({ code: 'errors.lookup.notFound' }, formData), dossier: null })
  const user = await optionalUser(request)
  return { ok: true as const, dossier, mayClaim: !dossier.claimed && user?.role === 'CITIZEN' }
}

const loadSchema = () => import('~/domain/dossier/schemas.ts').then((m) => m.lookupSchema)

export default function Lookup() {
  const result = useActionData<typeof action>()
  const { t } = useTranslation()
  const vi = useVietnameseContent()
  const f = useFormat()
  const failed = result && !result.ok ? result : undefined
  const { field, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, failed)
  const dossier = result?.dossier
  return (
    <>
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <h1>{t('lookup.heading')}</h1>
      <p>{t('lookup.lead')}</p>
      <Form method="post" noValidate onSubmit={onSubmit} className="form-narrow">
        <TextField label={t('lookup.code')} hint={t('lookup.codeHint')} {...field('code')} spellCheck={false} autoComplete="off" />
        <TextField label={t('lookup.secret')} hint={t('lookup.secretHint')} {...field('secret')} inputMode="numeric" autoComplete="off" />
        <button type="submit" className="button">
          {t('lookup.submit')}
        </button>
      </Form>
      {dossier ? (
        <section aria-labelledby="lookup-result" role="status">
          <h2 id="lookup-result">
            {t('dossier.code')} {dossier.code}
          </h2>
          <SummaryList
            rows={[
              [t('dossier.procedure'), <span lang={vi}>{dossier.procedure.name}</span>],
              [t('wizard.applicant.agency'), <span lang={vi}>{dossier.agency.name}</span>],
              [t('dossier.status'), <StatusTag key="status" status={dossier.status} />],
              [t('dossier.dueAt'), dossier.dueAt ? f.date(dossier.dueAt) : '—'],
            ]}
          />
          <Timeline events={dossier.events} />
          {result && 'mayClaim' in result && result.mayClaim ? (
            <Form method="post" className="panel">
              <p>{t('lookup.claimLead')}</p>
              <input type="hidden" name="intent" value="claim" />
              <input type="hidden" name="code" value={dossier.code ?? ''} />
              <button type="submit" className="button">
                {t('lookup.claim')}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
    </>
  )
}
