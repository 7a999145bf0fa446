import type { LoaderFunctionArgs } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { requireArea } from '~/auth/access.server.ts'
import { AreaShell } from '~/components/layout/AreaShell.tsx'
import { db } from '~/db.server.ts'
import { workplaceName } from '~/models/workplace.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'admin')
  return { workplace: await workplaceName(await db(), user), province: user.role === 'SYSTEM_ADMIN' }
}

export default function AdminArea() {
  const { workplace, province } = useLoaderData<typeof loader>()
  return (
    <AreaShell
      area="admin"
      subtitle={workplace}
      links={[
        { to: '/quan-tri', label: 'admin.nav.overview', end: true },
        { to: '/quan-tri/thong-ke', label: 'admin.nav.statistics' },
        { to: '/quan-tri/can-bo', label: 'admin.nav.staff' },
        { to: '/quan-tri/co-quan', label: 'admin.nav.agencies' },
        { to: '/quan-tri/ngay-nghi', label: 'admin.nav.holidays' },
        { to: '/quan-tri/thu-tuc', label: 'admin.nav.procedures' },
        { to: '/quan-tri/hop-thu', label: 'admin.nav.outbox' },
        ...(province
          ? [
              { to: '/quan-tri/nhap-ho-so', label: 'admin.nav.import' },
              { to: '/quan-tri/nhap-thu-tuc', label: 'admin.nav.importProcedures' },
              { to: '/quan-tri/dong-bo', label: 'ops.nav.sync' },
              { to: '/quan-tri/hang-doi', label: 'ops.nav.jobs' },
            ]
          : []),
      ]}
    />
  )
}
