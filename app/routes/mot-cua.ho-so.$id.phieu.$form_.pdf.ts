import type { LoaderFunctionArgs } from '@remix-run/node'
import { loadFormDocument } from '~/documents/forms.server.ts'
import { issuedBytes } from '~/models/issued-documents.server.ts'
import { db } from '~/db.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'

/** A workflow form as the signed PDF the agency issued (the same document as the printable page). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { issued } = await loadFormDocument(request, params)
  const pdf = await issuedBytes(await db(), issued)
  return new Response(new Uint8Array(pdf), { headers: attachmentHeaders({ fileName: issued.fileName, contentType: 'application/pdf', size: pdf.length }) })
}
