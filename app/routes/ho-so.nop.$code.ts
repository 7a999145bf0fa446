import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { requireArea } from '~/auth/access.server.ts'
import { db } from '~/db.server.ts'
import { stepHref } from '~/domain/dossier/wizard.ts'
import { findOrCreateDraft } from '~/models/dossier.server.ts'

/** "File online" from a procedure page: resumes the person's draft or starts one, then opens the wizard. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'citizen')
  const draft = await findOrCreateDraft(await db(), user, params.code ?? '')
  if (!draft) throw new Response('Not found', { status: 404 })
  throw redirect(stepHref(draft.id, 'nguoi-nop'))
}
