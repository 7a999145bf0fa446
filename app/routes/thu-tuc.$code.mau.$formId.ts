import type { LoaderFunctionArgs } from '@remix-run/node'
import { db } from '~/db.server.ts'
import { getProcedureForm } from '~/models/catalogue.server.ts'
import { fileStorage } from '~/storage.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'

/** A procedure's blank form (tờ khai) as a download. */
export async function loader({ params }: LoaderFunctionArgs) {
  const form = await getProcedureForm(await db(), params.code ?? '', params.formId ?? '')
  if (!form) throw new Response('Not found', { status: 404 })
  const body = await fileStorage().get(form.file.storageKey)
  return new Response(new Uint8Array(body), { headers: attachmentHeaders(form.file, 'public, max-age=86400') })
}
