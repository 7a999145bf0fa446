import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '~/auth/access.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { db } from '~/db.server.ts'
import { maskNationalId } from '~/domain/identity/national-id.ts'
import { personSchema } from '~/domain/support/schemas.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { parseForm } from '~/forms/validation.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { findPerson, peopleHelped, registerPerson } from '~/models/support.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireArea(request, 'supportPoint')
  const prisma = await db()
  const cccd = new URL(request.url).searchParams.get('cccd')?.replace(/\s+/g, '') ?? ''
  if (/^\d{12}$/.test(cccd)) {
    const found = await findPerson(prisma, staff, cccd)
    if (found) throw redirect(`/ho-tro/nguoi-dan/${found.id}`)
  }
  const people = await peopleHelped(prisma, staff)
  return {
    title: await pageTitle(request, 'supportPoint.home.title'),
    cccd,
    people: people.map((p) => ({ ...p, nationalId: maskNationalId(p.nationalId) })),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireArea(request, 'supportPoint')
  const parsed = parseForm(await request.formData(), personSchema)
  if (!parsed.ok) return invalid(parsed)
  const person = await registerPerson(await db(), staff, parsed.data)
  throw redirect(`/ho-tro/nguoi-dan/${person!.id}`)
}

/** Its own react-hook-form per searched CCCD (keyed by it), so the prefilled number is what gets validated. */
function RegisterPerson({ cccd }: { cccd: string }) {
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const { field, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData)
  const nationalId = field('nationalId')
  return (
    <>
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <Form method="post" noValidate onSubmit={onSubmit} className="form-narrow">
        <h2>{t('supportPoint.register.heading')}</h2>
        <TextField label={t('register.fullName')} {...field('fullName')} />
        <TextField label={t('register.nationalId')} inputMode="numeric" {...nationalId} defaultValue={nationalId.defaultValue ?? cccd} />
        <TextField label={t('supportPoint.register.dateOfBirth')} type="date" {...field('dateOfBirth')} />
        <TextField label={t('register.phone')} hint={t('supportPoint.register.phoneHint')} type="tel" {...field('phone')} />
        <button type="submit" className="button">
          {t('supportPoint.register.submit')}
        </button>
      </Form>
    </>
  )
}

const loadSchema = () => import('~/domain/support/schemas.ts').then((m) => m.personSchema)

export default function SupportPointHome() {
  const { cccd, people } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('supportPoint.home.heading')}</h1>
      <Form method="get" className="panel" role="search">
        <label className="label" htmlFor="cccd">
          {t('supportPoint.find.label')}
        </label>
        <div className="search-form">
          <input id="cccd" name="cccd" className="input" inputMode="numeric" defaultValue={cccd} />
          <button type="submit" className="button button--secondary">
            {t('supportPoint.find.submit')}
          </button>
        </div>
        {cccd ? <p role="status">{t('supportPoint.find.notFound')}</p> : null}
      </Form>
      <RegisterPerson key={cccd} cccd={cccd} />
      <h2>{t('supportPoint.people.heading')}</h2>
      {people.length === 0 ? <p>{t('supportPoint.people.empty')}</p> : null}
      <ul className="results">
        {people.map((person) => (
          <li key={person.id}>
            <Link to={`/ho-tro/nguoi-dan/${person.id}`}>{person.fullName}</Link>
            <p className="meta">
              {person.nationalId} · {t('supportPoint.people.dossiers', { count: person.dossiers.filter((d) => d.code).length })}
              {person.consentAt ? null : ` · ${t('supportPoint.consent.missing')}`}
            </p>
          </li>
        ))}
      </ul>
    </>
  )
}
