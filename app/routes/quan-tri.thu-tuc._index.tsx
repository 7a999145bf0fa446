import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea, requireRole } from '~/auth/access.server.ts'
import { OnlineLevelTag } from '~/components/OnlineLevelTag.tsx'
import { db } from '~/db.server.ts'
import { foldVietnamese } from '~/domain/catalogue/search-text.ts'
import { setPublished } from '~/models/admin.server.ts'
import { refusal } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { DataTable } from '~/components/DataTable.tsx'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'admin')
  const q = new URL(request.url).searchParams.get('q')?.trim() ?? ''
  const procedures = await (
    await db()
  ).procedure.findMany({
    where: q ? { searchText: { contains: foldVietnamese(q) } } : {},
    orderBy: [{ published: 'asc' }, { name: 'asc' }],
    take: 200,
    select: { code: true, name: true, onlineLevel: true, published: true, field: { select: { name: true } } },
  })
  return { title: await pageTitle(request, 'admin.procedures.title'), q, procedures, canEdit: user.role === 'SYSTEM_ADMIN' }
}

export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  const formData = await request.formData()
  const code = String(formData.get('code') ?? '')
  if (!(await setPublished(await db(), code, formData.get('published') === '1'))) throw refusal(404, 'robust.unknownProcedure', { code })
  return { ok: true }
}

export default function AdminProcedures() {
  const { q, procedures, canEdit } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('admin.procedures.heading')}</h1>
      <Form method="get" className="search-form" role="search">
        <label className="visually-hidden" htmlFor="q">
          {t('catalogue.searchLabel')}
        </label>
        <input id="q" name="q" type="search" className="input" defaultValue={q} />
        <button type="submit" className="button button--secondary">
          {t('catalogue.searchButton')}
        </button>
      </Form>
      <DataTable label={t('admin.procedures.heading')} columns={[t('procedure.code'), t('dossier.procedure'), t('catalogue.onlineLevel'), t('admin.procedures.state')]}>
        {procedures.map((p) => (
          <tr key={p.code}>
            <td>{p.code}</td>
            <td>{canEdit ? <Link to={`/quan-tri/thu-tuc/${p.code}`}>{p.name}</Link> : p.name}</td>
            <td>
              <OnlineLevelTag level={p.onlineLevel} />
            </td>
            <td>
              {t(p.published ? 'admin.procedures.published' : 'admin.procedures.unpublished')}
              {canEdit ? (
                <Form method="post">
                  <input type="hidden" name="code" value={p.code} />
                  <input type="hidden" name="published" value={p.published ? '0' : '1'} />
                  <button type="submit" className="link-button">
                    {t(p.published ? 'admin.procedures.unpublish' : 'admin.procedures.publish', { code: p.code })}
                  </button>
                </Form>
              ) : null}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  )
}
