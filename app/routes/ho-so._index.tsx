import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '~/auth/guards.server.ts'
import { db } from '~/db.server.ts'
import { formatDate } from '~/domain/format.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { TableScroll } from '~/components/TableScroll.tsx'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'citizen')
  const dossiers = await (await db()).dossier.findMany({
    where: { applicantId: user.id },
    orderBy: { updatedAt: 'desc' },
    take: 50,
    select: { id: true, code: true, status: true, dueAt: true, updatedAt: true, procedure: { select: { name: true } } },
  })
  return { title: await pageTitle(request, 'citizen.dossiers.title'), fullName: user.fullName, dossiers }
}

export default function MyDossiers() {
  const { fullName, dossiers } = useLoaderData<typeof loader>()
  const [params] = useSearchParams()
  const { t } = useTranslation()
  return (
    <>
      {params.get('chao-mung') ? (
        <div className="notice" role="status">
          <p>{t('citizen.welcome', { name: fullName })}</p>
        </div>
      ) : null}
      <h1>{t('citizen.dossiers.heading')}</h1>
      {dossiers.length === 0 ? (
        <>
          <p>{t('citizen.dossiers.empty')}</p>
          <p>
            <Link to="/thu-tuc" className="button">
              {t('citizen.dossiers.findProcedure')}
            </Link>
          </p>
        </>
      ) : (
        <TableScroll label={t('citizen.dossiers.heading')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('dossier.code')}</th>
                <th scope="col">{t('dossier.procedure')}</th>
                <th scope="col">{t('dossier.status')}</th>
                <th scope="col">{t('dossier.dueAt')}</th>
              </tr>
            </thead>
            <tbody>
              {dossiers.map((d) => (
                <tr key={d.id}>
                  <td>
                    <Link to={`/ho-so/${d.id}`}>{d.code ?? t('citizen.dossiers.continueDraft')}</Link>
                  </td>
                  <td>{d.procedure.name}</td>
                  <td>{t(`dossierStatus.${d.status}`)}</td>
                  <td>{d.dueAt ? formatDate(d.dueAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  )
}
