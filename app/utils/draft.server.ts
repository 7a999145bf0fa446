// Route glue for the filing wizard: a draft the user may fill in (their own, or one their support point files
// for a person it helps), or 404.
import { redirect } from '@remix-run/node'
import { filerScope, requireFiler, requireUser } from '../auth/access.server.ts'
import { db } from '../db.server.ts'
import { getDraft } from '../models/dossier.server.ts'

export async function requireDraft(request: Request, dossierId: string | undefined) {
  const user = await requireFiler(request)
  const prisma = await db()
  const draft = await getDraft(prisma, dossierId ?? '', user)
  if (!draft) {
    // A submitted dossier's wizard address leads to its confirmation.
    const filed = await prisma.dossier.findFirst({ where: { id: dossierId ?? '', ...filerScope(user) }, select: { id: true } })
    if (filed) throw redirect(`/ho-so/${filed.id}/da-nop`)
    throw new Response('Not found', { status: 404 })
  }
  return { user, prisma, draft }
}

/** A submitted dossier the user filed (citizen or support point), for its confirmation and receipt. */
export async function requireFiledDossier(request: Request, dossierId: string | undefined) {
  const user = await requireUser(request)
  const prisma = await db()
  return { user, prisma, where: { id: dossierId ?? '', code: { not: null }, ...filerScope(user) } }
}
