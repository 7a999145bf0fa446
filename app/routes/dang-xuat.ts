import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { endSession } from '~/auth/session.server.ts'

export async function action({ request }: ActionFunctionArgs) {
  throw redirect('/', { headers: { 'Set-Cookie': await endSession(request) } })
}

export function loader() {
  throw redirect('/')
}
