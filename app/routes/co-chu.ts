import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { parseTextSize, returnPath, TEXT_SIZE_COOKIE } from '~/domain/help/text-size.ts'

const YEAR = 365 * 24 * 3600

/** The text-size control's form: remembers the choice and goes back to the page it was chosen on. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData()
  const size = parseTextSize(form.get('size'))
  // The normal size clears the cookie, so the visitor's pages can be served from the public page cache again.
  const cookie = size === 100 ? `${TEXT_SIZE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax` : `${TEXT_SIZE_COOKIE}=${size}; Path=/; Max-Age=${YEAR}; SameSite=Lax`
  throw redirect(returnPath(form.get('back')), { headers: { 'Set-Cookie': cookie } })
}

export function loader() {
  throw redirect('/')
}
