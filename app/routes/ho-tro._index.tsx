import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '~/auth/guards.server.ts'
import { db } from '~/db.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'supportPoint')
  const filed = await (await db()).dossier.count({ where: { supportPointId: user.supportPointId ?? '' } })
  return { title: await pageTitle(request, 'supportPoint.home.title'), filed }
}

export default function SupportPointHome() {
  const { filed } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('supportPoint.home.heading')}</h1>
      <p>{t('supportPoint.home.filed', { count: filed })}</p>
    </>
  )
}
