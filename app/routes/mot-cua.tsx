import type { LoaderFunctionArgs } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { requireArea } from '~/auth/guards.server.ts'
import { AreaShell } from '~/components/layout/AreaShell.tsx'
import { db } from '~/db.server.ts'
import { workplaceName } from '~/models/workplace.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'backOffice')
  return { workplace: await workplaceName(await db(), user) }
}

export default function BackOffice() {
  const { workplace } = useLoaderData<typeof loader>()
  return <AreaShell area="backOffice" subtitle={workplace} links={[{ to: '/mot-cua', label: 'backOffice.nav.queue', end: true }]} />
}
