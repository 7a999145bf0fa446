import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { SummaryList } from '~/components/SummaryList.tsx'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { WizardHeader } from '~/components/WizardHeader.tsx'
import { describedBy, FormGroup } from '~/components/forms/FormGroup.tsx'
import { sortVietnamese } from '~/domain/collation.ts'
import { agencyFromAddress, type AgencyOption } from '~/domain/dossier/agency-choice.ts'
import { maskNationalId } from '~/domain/identity/national-id.ts'
import { applicantStepSchema } from '~/domain/dossier/schemas.ts'
import { stepHref } from '~/domain/dossier/wizard.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { failure, parseForm } from '~/forms/validation.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { rememberAddress } from '~/models/profile.server.ts'
import { applicantProfile, draftData, saveDraft, type Draft } from '~/models/dossier.server.ts'
import { requireDraft } from '~/utils/draft.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** The procedure's agencies in Vietnamese order, when the applicant has a choice to make. */
function agencyOptions(draft: Draft): AgencyOption[] {
  const options = draft.procedure.agencies.map((a) => ({ id: a.agency.id, name: a.agency.name, unitName: a.agency.unit.name }))
  return options.length > 1 ? sortVietnamese(options, (a) => a.name) : []
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, prisma, draft } = await requireDraft(request, params.id)
  const profile = await applicantProfile(prisma, draft, user)
  const saved = draftData(draft.formData).applicant
  const address = saved?.address ?? profile.address ?? ''
  const agencies = agencyOptions(draft)
  return {
    title: await pageTitle(request, 'wizard.steps.nguoi-nop'),
    dossierId: draft.id,
    procedureName: draft.procedure.name,
    // Staff filing for a person: the details are the person's, not the staff member's account.
    assisted: !!draft.assistedPerson,
    profile: { ...profile, nationalId: profile.nationalId ? maskNationalId(profile.nationalId) : null },
    address,
    // The agency of the applicant's commune when the address names it; otherwise the applicant chooses.
    agencyId: agencies.length ? (saved?.agencyId ?? agencyFromAddress(address, agencies)) : null,
    agencies: agencies.map(({ id, name }) => ({ id, name })),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { prisma, draft } = await requireDraft(request, params.id)
  const formData = await request.formData()
  const parsed = parseForm(formData, applicantStepSchema)
  if (!parsed.ok) return invalid(parsed)
  const agencies = agencyOptions(draft)
  const agencyId = agencies.length ? parsed.data.agencyId || agencyFromAddress(parsed.data.address, agencies) || undefined : undefined
  if (agencies.length && !agencies.some((a) => a.id === agencyId)) return invalid(failure({ agencyId: 'errors.agency.required' }, formData))
  await saveDraft(prisma, draft, { applicant: { address: parsed.data.address, agencyId } })
  // The first address a citizen gives is remembered for their next dossier (they change it on their account page).
  if (draft.applicantId) await rememberAddress(prisma, draft.applicantId, parsed.data.address)
  throw redirect(stepHref(draft.id, 'thong-tin'))
}

const loadSchema = () => import('~/domain/dossier/schemas.ts').then((m) => m.applicantStepSchema)

export default function ApplicantStep() {
  const data = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const { field, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData)
  const address = field('address')
  return (
    <div className="form-narrow">
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <WizardHeader dossierId={data.dossierId} step="nguoi-nop" procedureName={data.procedureName} />
      <p>{data.assisted ? t('supportPoint.file.fromPerson', { name: data.profile.fullName }) : t('wizard.applicant.fromProfile')}</p>
      <SummaryList
        rows={[
          [t('register.fullName'), data.profile.fullName],
          [t('register.nationalId'), data.profile.nationalId],
          [t('register.phone'), data.profile.phone],
          [t('register.email'), data.profile.email],
        ]}
      />
      <Form method="post" noValidate onSubmit={onSubmit}>
        <TextField label={t('wizard.applicant.address')} hint={t('wizard.applicant.addressHint')} {...address} defaultValue={address.defaultValue ?? data.address} autoComplete="street-address" />
        {data.agencies.length > 0 ? (
          <FormGroup id="agencyId" label={t('wizard.applicant.agency')} hint={t('wizard.applicant.agencyHint')} error={errors.agencyId}>
            <select id="agencyId" name="agencyId" className="select" defaultValue={data.agencyId ?? ''} aria-describedby={describedBy('agencyId', 'hint', errors.agencyId)}>
              <option value="">{t('form.choose')}</option>
              {data.agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
            </select>
          </FormGroup>
        ) : null}
        <button type="submit" className="button">
          {t('wizard.continue')}
        </button>
      </Form>
    </div>
  )
}
