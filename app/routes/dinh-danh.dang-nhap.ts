// POST: leave for the national e-ID's login page, with where to come back to and whether to stay signed in.
// From the profile page, a signed-in citizen links the e-ID to their account the same way.
import { redirect, redirectDocument, type ActionFunctionArgs } from '@remix-run/node'
import { eidConfig, beginEidLogin } from '~/auth/eid.server.ts'
import { requireArea } from '~/auth/access.server.ts'
import { db } from '~/db.server.ts'
import { hasControlCharacters, localPath } from '~/domain/auth/roles.ts'

export async function action({ request }: ActionFunctionArgs) {
  const config = eidConfig()
  if (!config) throw new Response('Not found', { status: 404 })
  const form = await request.formData()
  const redirectTo = String(form.get('redirectTo') ?? '')
  if (hasControlCharacters(redirectTo)) throw new Response('Bad request', { status: 400 })
  const linkUserId = form.get('intent') === 'link' ? (await requireArea(request, 'citizen')).id : null
  const { location, cookie } = await beginEidLogin(await db(), config, {
    redirectTo: localPath(redirectTo),
    persistent: form.get('persistent') === 'on',
    linkUserId,
  })
  // The provider's pages are not this app's routes: the browser goes there itself, never by a client-side fetch.
  throw redirectDocument(location, { headers: { 'Set-Cookie': cookie } })
}

export function loader() {
  throw redirect('/dang-nhap')
}
