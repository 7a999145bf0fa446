import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '~/auth/guards.server.ts'
import { db } from '~/db.server.ts'
import { OPEN_STATUSES } from '~/domain/dossier/status.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'backOffice')
  const rows = await (await db()).dossier.groupBy({
    by: ['status'],
    where: { agencyId: user.agencyId ?? '', status: { in: [...OPEN_STATUSES] } },
    _count: { _all: true },
  })
  const counts = OPEN_STATUSES.map((status) => ({ status, count: rows.find((r) => r.status === status)?._count._all ?? 0 }))
  return { title: await pageTitle(request, 'backOffice.queue.title'), counts }
}

export default function Queue() {
  const { counts } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('backOffice.queue.heading')}</h1>
      <ul className="figures">
        {counts.map(({ status, count }) => (
          <li key={status} className="figure">
            <span className="figure__value">{count}</span> {t(`dossierStatus.${status}`)}
          </li>
        ))}
      </ul>
    </>
  )
}
