import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireRole } from '~/auth/guards.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { describedBy, FormGroup } from '~/components/forms/FormGroup.tsx'
import { ProcedureSelect } from '~/components/forms/ProcedureSelect.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { db } from '~/db.server.ts'
import { counterIntakeSchema } from '~/domain/dossier/staff-actions.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { failure, parseForm } from '~/forms/validation.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { intakeAtCounter } from '~/models/dossier.server.ts'
import { storeUpload } from '~/models/files.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { parseMultipart, TOO_LARGE, uploadsIn } from '~/utils/multipart.server.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ['CLERK', 'SPECIALIST'])
  const procedures = await (await db()).procedure.findMany({
    where: { published: true, agencies: { some: { agencyId: user.agencyId ?? '' } } },
    orderBy: { name: 'asc' },
    select: { code: true, name: true },
  })
  return { title: await pageTitle(request, 'backOffice.intake.title'), procedures }
}

/** A paper dossier taken at the counter, with its scanned documents, received at once. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ['CLERK', 'SPECIALIST'])
  if (user.role !== 'CLERK') throw new Response('Forbidden', { status: 403 })
  const prisma = await db()
  const formData = await parseMultipart(request)
  const parsed = parseForm(formData, counterIntakeSchema)
  if (!parsed.ok) return invalid(parsed)
  const fileIds: string[] = []
  let used = 0
  for (const upload of await uploadsIn(formData, 'scans')) {
    if (upload === TOO_LARGE) return invalid(failure({ scans: 'errors.upload.tooLarge' }, formData))
    if (upload.bytes.length === 0 && !upload.name) continue
    const stored = await storeUpload(prisma, user.id, upload.bytes, upload.name, used)
    if (!stored.ok) return invalid(failure({ scans: `errors.upload.${stored.problem}` }, formData))
    fileIds.push(stored.fileId)
    used += upload.bytes.length
  }
  if (fileIds.length === 0) return invalid(failure({ scans: 'errors.upload.missing' }, formData))
  const created = await intakeAtCounter(prisma, user, { ...parsed.data, fileIds })
  if (!created) return invalid(failure({ procedureCode: 'errors.intake.procedure' }, formData))
  throw redirect(`/mot-cua/ho-so/${created.id}`)
}

const loadSchema = () => import('~/domain/dossier/staff-actions.ts').then((m) => m.counterIntakeSchema)

export default function CounterIntake() {
  const { procedures } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation()
  const { field, errors, submitCount } = useValidatedForm(loadSchema, actionData)
  return (
    <div className="form-narrow">
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <h1>{t('backOffice.intake.heading')}</h1>
      <p>{t('backOffice.intake.lead')}</p>
      {/* Multipart with files: posted natively; the server validates with the same schema. */}
      <Form method="post" encType="multipart/form-data" noValidate>
        <ProcedureSelect procedures={procedures} error={errors.procedureCode} defaultValue={actionData?.values.procedureCode ?? ''} />
        <TextField label={t('register.fullName')} {...field('applicantName')} />
        <TextField label={t('register.nationalId')} {...field('applicantNationalId')} inputMode="numeric" />
        <TextField label={t('register.phone')} {...field('applicantPhone')} type="tel" />
        <TextField label={t('wizard.applicant.address')} {...field('applicantAddress')} />
        <FormGroup id="scans" label={t('backOffice.intake.scans')} hint={t('wizard.documents.hint')} error={errors.scans}>
          <input id="scans" name="scans" type="file" multiple accept=".pdf,.jpg,.jpeg,.png" className="file-input" aria-describedby={describedBy('scans', 'hint', errors.scans)} />
        </FormGroup>
        <button type="submit" className="button" disabled={navigation.state !== 'idle'}>
          {t('backOffice.intake.submit')}
        </button>
      </Form>
    </div>
  )
}
