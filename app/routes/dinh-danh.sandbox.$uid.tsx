// The sandbox identity provider's login and consent page (demo and tests): pick a person, or describe another,
// and agree to share their details with the portal. A real e-ID shows its own page here.
import { redirectDocument, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { finishSandboxInteraction, sandboxInteraction } from '~/auth/eid-sandbox.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { SelectField } from '~/components/forms/SelectField.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { db } from '~/db.server.ts'
import { formatDate } from '~/domain/format.ts'
import { sandboxPersonSchema } from '~/domain/identity/schemas.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { parseForm } from '~/forms/validation.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { sandboxEnabled } from '~/utils/public-url.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!sandboxEnabled('EID')) throw new Response('Not found', { status: 404 })
  const interaction = await sandboxInteraction(params.uid ?? '')
  if (!interaction) throw new Response('Not found', { status: 404 })
  const people = await (await db()).sandboxPerson.findMany({ orderBy: { createdAt: 'asc' }, take: 50 })
  return { title: await pageTitle(request, 'identity.sandbox.title'), clientName: interaction.clientName, people }
}

export async function action({ request, params }: ActionFunctionArgs) {
  if (!sandboxEnabled('EID')) throw new Response('Not found', { status: 404 })
  const form = await request.formData()
  const uid = params.uid ?? ''
  const intent = form.get('intent')
  let choice: { personId: string } | { cancelled: true }
  if (intent === 'cancel') choice = { cancelled: true }
  else if (intent === 'choose') choice = { personId: String(form.get('personId') ?? '') }
  else if (intent === 'custom') {
    const parsed = parseForm(form, sandboxPersonSchema)
    if (!parsed.ok) return invalid(parsed)
    const { dateOfBirth, ...person } = parsed.data
    const data = { ...person, dateOfBirth: new Date(`${dateOfBirth}T00:00:00Z`), phone: person.phone || null, address: person.address || null }
    const saved = await (await db()).sandboxPerson.upsert({ where: { nationalId: person.nationalId }, create: data, update: data })
    choice = { personId: saved.id }
  } else throw new Response('Bad request', { status: 400 })
  const returnTo = await finishSandboxInteraction(uid, choice)
  if (!returnTo) throw new Response('Not found', { status: 404 })
  // Back to the provider's own endpoint (not a route of this app), which answers the portal's callback.
  throw redirectDocument(returnTo)
}

const loadSchema = () => import('~/domain/identity/schemas.ts').then((m) => m.sandboxPersonSchema)

export default function SandboxLogin() {
  const { clientName, people } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const { field, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData)
  return (
    <>
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <p className="notice">{t('identity.sandbox.notice')}</p>
      <h1>{t('identity.sandbox.heading')}</h1>
      <p>{t('identity.sandbox.lead', { client: clientName })}</p>
      <ul>
        {(['nationalId', 'fullName', 'dateOfBirth', 'sex', 'phone', 'address'] as const).map((claim) => (
          <li key={claim}>{t(`identity.sandbox.claims.${claim}`)}</li>
        ))}
      </ul>
      <Form method="post" className="panel">
        <input type="hidden" name="intent" value="choose" />
        <fieldset className="fieldset">
          <legend className="label">{t('identity.sandbox.choose')}</legend>
          <div className="radios">
            {people.map((person, index) => (
              <label key={person.id} className="radio">
                <input type="radio" name="personId" value={person.id} defaultChecked={index === 0} />{' '}
                {t('identity.sandbox.person', { name: person.fullName, nationalId: person.nationalId, date: formatDate(person.dateOfBirth), level: person.level })}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="button">
          {t('identity.sandbox.consent')}
        </button>
      </Form>
      <details className="panel" open={Object.keys(errors).length > 0}>
        <summary>{t('identity.sandbox.other')}</summary>
        <Form method="post" noValidate onSubmit={onSubmit}>
          <input type="hidden" name="intent" value="custom" />
          <TextField label={t('register.nationalId')} {...field('nationalId')} inputMode="numeric" autoComplete="off" />
          <TextField label={t('register.fullName')} {...field('fullName')} autoComplete="off" />
          <TextField label={t('identity.sandbox.claims.dateOfBirth')} {...field('dateOfBirth')} type="date" />
          <SelectField
            label={t('identity.sandbox.claims.sex')}
            {...field('sex')}
            options={[
              { value: 'MALE', label: t('identity.sex.MALE') },
              { value: 'FEMALE', label: t('identity.sex.FEMALE') },
            ]}
          />
          <TextField label={t('register.phone')} {...field('phone')} type="tel" autoComplete="off" />
          <TextField label={t('identity.sandbox.claims.address')} {...field('address')} autoComplete="off" />
          <SelectField
            label={t('identity.sandbox.level')}
            {...field('level')}
            options={[
              { value: '2', label: t('identity.sandbox.levels.2') },
              { value: '1', label: t('identity.sandbox.levels.1') },
            ]}
          />
          <button type="submit" className="button">
            {t('identity.sandbox.consentOther')}
          </button>
        </Form>
      </details>
      <Form method="post">
        <input type="hidden" name="intent" value="cancel" />
        <button type="submit" className="button button--secondary">
          {t('identity.sandbox.cancel')}
        </button>
      </Form>
    </>
  )
}
