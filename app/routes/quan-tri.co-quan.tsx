import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea, requireRole } from '~/auth/access.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { db } from '~/db.server.ts'
import { agencyEditSchema } from '~/domain/admin/schemas.ts'
import { parseForm } from '~/forms/validation.ts'
import { updateAgency } from '~/models/admin.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { invalid, refusal } from '~/utils/invalid.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireArea(request, 'admin')
  const agencies = await (
    await db()
  ).agency.findMany({
    where: admin.role === 'SYSTEM_ADMIN' ? {} : { id: admin.agencyId ?? '' },
    orderBy: [{ level: { rank: 'asc' } }, { name: 'asc' }],
    select: { code: true, name: true, address: true, phone: true, email: true, level: { select: { name: true } }, _count: { select: { staff: true } } },
  })
  return { title: await pageTitle(request, 'admin.agencies.title'), agencies, canEdit: admin.role === 'SYSTEM_ADMIN' }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  const formData = await request.formData()
  const parsed = parseForm(formData, agencyEditSchema)
  const code = String(formData.get('code') ?? '')
  if (!parsed.ok) return invalid({ ...parsed, code })
  if (!(await updateAgency(await db(), code, parsed.data))) throw refusal(404, 'robust.unknownAgency', { code })
  return { ok: true as const, code }
}

export default function Agencies() {
  const { agencies, canEdit } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useTranslation()
  const errors = result && !result.ok ? result.errors : {}
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{t('admin.agencies.heading')}</h1>
      <ul className="results">
        {agencies.map((agency) => (
          <li key={agency.code}>
            <p>
              <strong>{agency.name}</strong>
            </p>
            <p className="meta">
              {agency.code} · {agency.level.name} · {t('admin.agencies.staffCount', { count: agency._count.staff })}
            </p>
            {canEdit ? (
              <details open={result?.code === agency.code && !result.ok}>
                <summary>{t('admin.agencies.edit', { name: agency.name })}</summary>
                <Form method="post" noValidate className="form-narrow">
                  <input type="hidden" name="code" value={agency.code} />
                  {(['name', 'address', 'phone', 'email'] as const).map((name) => (
                    <div key={name} className="form-group">
                      <label className="label" htmlFor={`${agency.code}-${name}`}>
                        {t(`admin.agencies.fields.${name}`)}
                      </label>
                      <input id={`${agency.code}-${name}`} name={name} className="input" defaultValue={agency[name] ?? ''} />
                    </div>
                  ))}
                  <button type="submit" className="button">
                    {t('admin.save')}
                  </button>
                </Form>
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  )
}
