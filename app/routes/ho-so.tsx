import type { LoaderFunctionArgs } from '@remix-run/node'
import { AreaShell } from '~/components/layout/AreaShell.tsx'
import { requireArea } from '~/auth/access.server.ts'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireArea(request, 'citizen')
  return null
}

export default function CitizenArea() {
  return (
    <AreaShell
      area="citizen"
      links={[
        { to: '/ho-so', label: 'citizen.nav.dossiers', end: true },
        { to: '/ho-so/thong-bao', label: 'citizen.nav.notifications' },
        { to: '/ho-so/kho-du-lieu', label: 'documents.store.nav' },
        { to: '/ho-so/tai-khoan', label: 'profile.nav' },
      ]}
    />
  )
}
