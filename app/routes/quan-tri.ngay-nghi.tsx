import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea, requireRole } from '~/auth/access.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { SelectField } from '~/components/forms/SelectField.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { db } from '~/db.server.ts'
import { holidaySchema } from '~/domain/admin/schemas.ts'
import { EARLIEST_YEAR, LATEST_YEAR, parseCalendarYear } from '~/domain/calendar/dates.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { failure, parseForm } from '~/forms/validation.ts'
import { invalid, refusal } from '~/utils/invalid.server.ts'
import { addHoliday, removeHoliday } from '~/models/admin.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { TableScroll } from '~/components/TableScroll.tsx'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'admin')
  const asked = new URL(request.url).searchParams.get('nam')
  const year = asked ? parseCalendarYear(asked) : new Date().getFullYear()
  if (!year) throw refusal(400, 'robust.year', { value: asked ?? '', from: String(EARLIEST_YEAR), to: String(LATEST_YEAR) })
  const days = await (
    await db()
  ).holiday.findMany({
    where: { date: { gte: new Date(`${year}-01-01T00:00:00Z`), lte: new Date(`${year}-12-31T00:00:00Z`) } },
    orderBy: { date: 'asc' },
  })
  return { title: await pageTitle(request, 'admin.holidays.title'), year, days, canEdit: user.role === 'SYSTEM_ADMIN' }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  const formData = await request.formData()
  const prisma = await db()
  if (formData.get('intent') === 'remove') {
    await removeHoliday(prisma, String(formData.get('id')))
    return { ok: true as const, values: {}, errors: {} }
  }
  const parsed = parseForm(formData, holidaySchema)
  if (!parsed.ok) return invalid(parsed)
  const result = await addHoliday(prisma, parsed.data)
  return result.ok ? { ok: true as const, values: {}, errors: {} } : invalid(failure(result.errors, formData))
}

const loadSchema = () => import('~/domain/admin/schemas.ts').then((m) => m.holidaySchema)

export default function Holidays() {
  const { year, days, canEdit } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const f = useFormat()
  const { field, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, actionData && !actionData.ok ? actionData : undefined)
  return (
    <>
      <ErrorSummary errors={errors} submitCount={submitCount} />
      <h1>{t('admin.holidays.heading', { year })}</h1>
      <p>{t('admin.holidays.lead')}</p>
      <p>
        <a href={`?nam=${year - 1}`}>{year - 1}</a> · <a href={`?nam=${year + 1}`}>{year + 1}</a>
      </p>
      <TableScroll label={t('admin.holidays.heading', { year })}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.holidays.date')}</th>
              <th scope="col">{t('admin.holidays.name')}</th>
              <th scope="col">{t('admin.holidays.kind')}</th>
              {canEdit ? <th scope="col">{t('admin.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.id}>
                <td>{f.date(day.date)}</td>
                <td>{day.name}</td>
                <td>{t(`admin.holidays.kinds.${day.kind}`)}</td>
                {canEdit ? (
                  <td>
                    <Form method="post">
                      <input type="hidden" name="intent" value="remove" />
                      <input type="hidden" name="id" value={day.id} />
                      <button type="submit" className="link-button">
                        {t('admin.holidays.remove', { date: f.date(day.date) })}
                      </button>
                    </Form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {canEdit ? (
        <Form method="post" noValidate onSubmit={onSubmit} className="form-narrow panel">
          <h2>{t('admin.holidays.add')}</h2>
          <TextField label={t('admin.holidays.date')} type="date" {...field('date')} />
          <TextField label={t('admin.holidays.name')} {...field('name')} />
          <SelectField label={t('admin.holidays.kind')} {...field('kind')} options={['DAY_OFF', 'WORKING_DAY'].map((kind) => ({ value: kind, label: t(`admin.holidays.kinds.${kind}`) }))} />
          <button type="submit" className="button">
            {t('admin.holidays.add')}
          </button>
        </Form>
      ) : null}
    </>
  )
}
