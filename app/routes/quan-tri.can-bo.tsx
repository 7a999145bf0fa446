import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea, staffAccountScope } from '~/auth/access.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { SelectField } from '~/components/forms/SelectField.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { db } from '~/db.server.ts'
import { staffSchema } from '~/domain/admin/schemas.ts'
import { STAFF_ROLES } from '~/domain/auth/roles.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { failure, parseForm } from '~/forms/validation.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { createStaff } from '~/models/admin.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { TableScroll } from '~/components/TableScroll.tsx'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireArea(request, 'admin')
  const prisma = await db()
  const [staff, agencies] = await Promise.all([
    prisma.user.findMany({
      where: staffAccountScope(admin),
      orderBy: [{ agency: { name: 'asc' } }, { fullName: 'asc' }],
      take: 300,
      select: { id: true, fullName: true, email: true, role: true, active: true, agency: { select: { name: true } }, supportPoint: { select: { name: true } } },
    }),
    admin.role === 'SYSTEM_ADMIN' ? prisma.agency.findMany({ orderBy: { name: 'asc' }, select: { code: true, name: true } }) : Promise.resolve([]),
  ])
  return { title: await pageTitle(request, 'admin.staff.title'), staff, agencies, selfId: admin.id }
}

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireArea(request, 'admin')
  const prisma = await db()
  const formData = await request.formData()
  const parsed = parseForm(formData, staffSchema)
  if (!parsed.ok) return invalid(parsed)
  const result = await createStaff(prisma, admin, parsed.data)
  return result.ok ? { ok: true as const, values: {}, errors: {} } : failure(result.errors, formData)
}

const loadSchema = () => import('~/domain/admin/schemas.ts').then((m) => m.staffSchema)

export default function Staff() {
  const { staff, agencies, selfId } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const { field, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData && !actionData.ok ? actionData : undefined)
  return (
    <>
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <h1>{t('admin.staff.heading')}</h1>
      <TableScroll label={t('admin.staff.heading')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('register.fullName')}</th>
              <th scope="col">{t('register.email')}</th>
              <th scope="col">{t('admin.staff.role')}</th>
              <th scope="col">{t('admin.staff.workplace')}</th>
              <th scope="col">{t('admin.procedures.state')}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((person) => (
              <tr key={person.id}>
                <td>{person.id !== selfId ? <Link to={`/quan-tri/can-bo/${person.id}`}>{person.fullName}</Link> : person.fullName}</td>
                <td>{person.email}</td>
                <td>{t(`roles.${person.role}`)}</td>
                <td>{person.agency?.name ?? person.supportPoint?.name ?? '—'}</td>
                <td>{t(person.active ? 'admin.staff.active' : 'admin.staff.inactive')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Form method="post" noValidate onSubmit={onSubmit} className="form-narrow panel">
        <h2>{t('admin.staff.add')}</h2>
        <TextField label={t('register.fullName')} {...field('fullName')} />
        <TextField label={t('register.email')} type="email" {...field('email')} />
        <TextField label={t('register.phone')} type="tel" {...field('phone')} />
        <SelectField label={t('admin.staff.role')} {...field('role')} options={STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
        {agencies.length > 0 ? <SelectField label={t('catalogue.agency')} {...field('agencyCode')} options={agencies.map((a) => ({ value: a.code, label: a.name }))} /> : null}
        <TextField label={t('admin.staff.password')} hint={t('register.passwordHint')} type="password" autoComplete="new-password" {...field('password')} />
        <button type="submit" className="button">
          {t('admin.staff.add')}
        </button>
      </Form>
    </>
  )
}
