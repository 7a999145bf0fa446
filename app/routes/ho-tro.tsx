import type { LoaderFunctionArgs } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { requireArea } from '~/auth/access.server.ts'
import { AreaShell } from '~/components/layout/AreaShell.tsx'
import { db } from '~/db.server.ts'
import { workplaceName } from '~/models/workplace.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'supportPoint')
  return { workplace: await workplaceName(await db(), user) }
}

export default function SupportPointArea() {
  const { workplace } = useLoaderData<typeof loader>()
  return <AreaShell area="supportPoint" subtitle={workplace} links={[{ to: '/ho-tro', label: 'supportPoint.nav.people', end: true }]} />
}
