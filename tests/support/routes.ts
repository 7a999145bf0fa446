// Calls a route module's loader or action the way Remix does, with a real session cookie, so integration tests
// check what a page would show and what a post would change without building or serving the app.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { startSession } from '~/auth/session.server.ts'
import type { PrismaClient } from '../../prisma/generated/client.ts'

const ORIGIN = 'http://portal.test'

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => unknown

export interface Answer {
  status: number
  /** Where a redirect points. */
  location: string | null
  /** What the loader or action returned (the body of `data()`, or the plain object). */
  data: unknown
}

/** A cookie header value for a logged-in person, found by e-mail or CCCD. */
export async function logIn(prisma: PrismaClient, who: string): Promise<string> {
  const user = await prisma.user.findFirstOrThrow({ where: who.includes('@') ? { email: who } : { nationalId: who } })
  const cookie = await startSession(user.id, new Request(ORIGIN))
  return cookie.split(';')[0]!
}

async function settle(run: () => unknown): Promise<Answer> {
  try {
    return read(await run())
  } catch (thrown) {
    if (thrown instanceof Response) return read(thrown)
    throw thrown
  }
}

async function read(value: unknown): Promise<Answer> {
  if (value instanceof Response) {
    const location = value.headers.get('Location')
    const text = location ? '' : await value.text()
    return { status: value.status, location, data: text }
  }
  // Remix's data(body, init)
  if (value && typeof value === 'object' && 'type' in value && (value as { type: string }).type === 'DataWithResponseInit') {
    const { data, init } = value as unknown as { data: unknown; init?: { status?: number } }
    return { status: init?.status ?? 200, location: null, data }
  }
  return { status: 200, location: null, data: value }
}

export function get(handler: Handler, path: string, options: { cookie?: string; params?: Record<string, string> } = {}) {
  const request = new Request(new URL(path, ORIGIN), { headers: options.cookie ? { Cookie: options.cookie } : {} })
  return settle(() => handler({ request, params: options.params ?? {}, context: {} }))
}

export function post(handler: Handler, path: string, form: FormData | Record<string, string>, options: { cookie?: string; params?: Record<string, string>; multipart?: boolean } = {}) {
  let body: FormData | URLSearchParams
  if (form instanceof FormData) body = form
  else if (options.multipart) {
    body = new FormData()
    for (const [k, v] of Object.entries(form)) body.append(k, v)
  } else body = new URLSearchParams(form)
  const request = new Request(new URL(path, ORIGIN), { method: 'POST', body, headers: { ...(options.cookie && { Cookie: options.cookie }), Origin: ORIGIN } })
  return settle(() => handler({ request, params: options.params ?? {}, context: {} }))
}

export const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n% test document\n')

export function pdfFile(name = 'giay-to.pdf', bytes: Uint8Array = PDF_BYTES) {
  return new File([new Uint8Array(bytes)], name, { type: 'application/pdf' })
}
