// Route glue for the filing wizard: the logged-in citizen's own draft, or 404.
import { redirect } from '@remix-run/node'
import { requireArea } from '../auth/guards.server.ts'
import { db } from '../db.server.ts'
import { getOwnDraft } from '../models/dossier.server.ts'

export async function requireDraft(request: Request, dossierId: string | undefined) {
  const user = await requireArea(request, 'citizen')
  const prisma = await db()
  const draft = await getOwnDraft(prisma, dossierId ?? '', user.id)
  if (!draft) {
    // A submitted dossier's wizard address leads to the dossier itself.
    const own = await prisma.dossier.findFirst({ where: { id: dossierId ?? '', applicantId: user.id }, select: { id: true } })
    if (own) throw redirect(`/ho-so/${own.id}`)
    throw new Response('Not found', { status: 404 })
  }
  return { user, prisma, draft }
}
