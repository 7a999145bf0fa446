import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '~/auth/access.server.ts'
import { db } from '~/db.server.ts'
import { formatDateTime } from '~/domain/format.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** The citizen's messages in the portal; opening the page marks them read. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'citizen')
  const prisma = await db()
  const notifications = await prisma.notification.findMany({
    where: { userId: user.id, channel: 'PORTAL' },
    orderBy: { createdAt: 'desc' },
    take: 100,
    select: { id: true, subject: true, body: true, createdAt: true, readAt: true, dossierId: true },
  })
  await prisma.notification.updateMany({ where: { userId: user.id, channel: 'PORTAL', readAt: null }, data: { readAt: new Date() } })
  return { title: await pageTitle(request, 'citizen.notifications.title'), notifications }
}

export default function Notifications() {
  const { notifications } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('citizen.notifications.heading')}</h1>
      {notifications.length === 0 ? <p>{t('citizen.notifications.empty')}</p> : null}
      <ul className="results">
        {notifications.map((n) => (
          <li key={n.id}>
            <p className="meta">
              {formatDateTime(n.createdAt)} {n.readAt ? null : <strong className="tag">{t('citizen.notifications.new')}</strong>}
            </p>
            <p>
              <strong>{n.subject}</strong>
            </p>
            <p>{n.body}</p>
            {n.dossierId ? <Link to={`/ho-so/${n.dossierId}`}>{t('citizen.notifications.open')}</Link> : null}
          </li>
        ))}
      </ul>
    </>
  )
}
