import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireArea } from '~/auth/access.server.ts'
import { db } from '~/db.server.ts'
import { staffScope } from '~/auth/access.server.ts'
import { fileStorage } from '~/storage.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'

/** Any document of a dossier of the staff member's own agency. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'backOffice')
  const document = await (
    await db()
  ).dossierDocument.findFirst({
    where: { id: params.documentId, dossierId: params.id, dossier: staffScope(user) },
    include: { file: true },
  })
  if (!document) throw new Response('Not found', { status: 404 })
  const body = await fileStorage().get(document.file.storageKey)
  return new Response(new Uint8Array(body), { headers: attachmentHeaders(document.file) })
}
