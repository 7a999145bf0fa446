import type { LoaderFunctionArgs } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { requireArea } from '~/auth/access.server.ts'
import { AreaShell } from '~/components/layout/AreaShell.tsx'
import { db } from '~/db.server.ts'
import { workplaceName } from '~/models/workplace.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'backOffice')
  return { workplace: await workplaceName(await db(), user), leader: user.role === 'APPROVER' }
}

export default function BackOffice() {
  const { workplace, leader } = useLoaderData<typeof loader>()
  const links = [
    { to: '/mot-cua', label: 'backOffice.nav.queue', end: true },
    { to: '/mot-cua/so-theo-doi', label: 'forms.register' },
    ...(leader ? [{ to: '/mot-cua/thong-ke', label: 'admin.nav.statistics' }] : []),
  ]
  return <AreaShell area="backOffice" subtitle={workplace} links={links} />
}
