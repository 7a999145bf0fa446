import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireRole } from '~/auth/access.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { SelectField } from '~/components/forms/SelectField.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { db } from '~/db.server.ts'
import { procedureEditSchema } from '~/domain/admin/schemas.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { parseForm } from '~/forms/validation.ts'
import { invalid, refusal } from '~/utils/invalid.server.ts'
import { updateProcedure } from '~/models/admin.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  const procedure = await (await db()).procedure.findUnique({ where: { code: params.code ?? '' } })
  if (!procedure) throw new Response('Not found', { status: 404 })
  return { title: await pageTitle(request, 'admin.procedures.edit', { code: procedure.code }), procedure }
}

export async function action({ request, params }: ActionFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  const parsed = parseForm(await request.formData(), procedureEditSchema)
  if (!parsed.ok) return invalid(parsed)
  if (!(await updateProcedure(await db(), params.code ?? '', parsed.data))) throw refusal(404, 'robust.unknownProcedure', { code: params.code ?? '' })
  throw redirect('/quan-tri/thu-tuc')
}

const loadSchema = () => import('~/domain/admin/schemas.ts').then((m) => m.procedureEditSchema)

export default function EditProcedure() {
  const { procedure } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const { field, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData)
  const value = (name: keyof typeof procedure) => field(name).defaultValue ?? String(procedure[name] ?? '')
  const area = (name: 'conditions' | 'legalBasis') => {
    const props = field(name)
    return (
      <div className={`form-group${props.error ? ' form-group--error' : ''}`}>
        <label className="label" htmlFor={name}>
          {t(`admin.procedures.fields.${name}`)}
        </label>
        {props.error ? <p className="error-message">{t(props.error)}</p> : null}
        <textarea id={name} className="input textarea" rows={4} defaultValue={value(name)} {...props.registration} />
      </div>
    )
  }
  return (
    <div className="form-narrow">
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <p className="secondary">{procedure.code}</p>
      <h1>{t('admin.procedures.edit', { code: procedure.code })}</h1>
      <Form method="post" noValidate onSubmit={onSubmit}>
        <TextField label={t('admin.procedures.fields.name')} {...field('name')} defaultValue={value('name')} />
        <SelectField
          label={t('catalogue.onlineLevel')}
          {...field('onlineLevel')}
          defaultValue={value('onlineLevel')}
          options={['FULL', 'PARTIAL', 'NONE'].map((level) => ({ value: level, label: t(`onlineLevel.${level}`) }))}
        />
        <TextField label={t('admin.procedures.fields.timeLimit')} hint={t('admin.procedures.fields.timeLimitHint')} inputMode="decimal" {...field('timeLimit')} defaultValue={value('timeLimit')} />
        <SelectField
          label={t('admin.procedures.fields.timeLimitUnit')}
          {...field('timeLimitUnit')}
          defaultValue={value('timeLimitUnit')}
          options={['WORKING_DAY', 'CALENDAR_DAY'].map((unit) => ({ value: unit, label: t(`admin.procedures.units.${unit}`) }))}
        />
        {area('conditions')}
        {area('legalBasis')}
        <button type="submit" className="button">
          {t('admin.save')}
        </button>
      </Form>
    </div>
  )
}
