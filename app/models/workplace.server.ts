// The agency or support point a staff account works for, shown in its area's header.
import type { SessionUser } from '../auth/session.server.ts'
import type { PrismaClient } from '../../prisma/generated/client.ts'

export async function workplaceName(prisma: PrismaClient, user: SessionUser): Promise<string | undefined> {
  if (user.supportPointId) {
    return (await prisma.supportPoint.findUnique({ where: { id: user.supportPointId }, select: { name: true } }))?.name
  }
  if (user.agencyId) {
    return (await prisma.agency.findUnique({ where: { id: user.agencyId }, select: { name: true } }))?.name
  }
  return undefined
}
