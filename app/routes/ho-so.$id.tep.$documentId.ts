import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireArea } from '~/auth/access.server.ts'
import { db } from '~/db.server.ts'
import { visibleToApplicant } from '~/domain/dossier/documents.ts'
import { fileStorage } from '~/storage.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'

/** A document of the applicant's own dossier: what they filed, or the result once it has been handed over. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'citizen')
  const document = await (
    await db()
  ).dossierDocument.findFirst({
    where: { id: params.documentId, dossierId: params.id, dossier: { applicantId: user.id } },
    include: { file: true, dossier: { select: { status: true } } },
  })
  if (!document || !visibleToApplicant(document.purpose, document.dossier.status)) throw new Response('Not found', { status: 404 })
  const body = await fileStorage().get(document.file.storageKey)
  return new Response(new Uint8Array(body), { headers: attachmentHeaders(document.file) })
}
