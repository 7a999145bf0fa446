import type { LoaderFunctionArgs } from '@remix-run/node'
import { db } from '~/db.server.ts'
import { loadRegister } from '~/documents/register.server.ts'
import { issuedBytes } from '~/models/issued-documents.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'

/** Form 07 as the signed PDF (landscape), the same document as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const register = await loadRegister(request)
  if (!register.ok) throw new Response('Bad request', { status: 400 })
  const pdf = await issuedBytes(await db(), register.issued)
  return new Response(new Uint8Array(pdf), { headers: attachmentHeaders({ fileName: register.issued.fileName, contentType: 'application/pdf', size: pdf.length }) })
}
