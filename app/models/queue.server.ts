// The back office's view of dossiers: only the staff member's own agency, never another's.
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { decodeCursor, DUE_SOON_HOURS, encodeCursor, QUEUE_PAGE_SIZE } from '../domain/dossier/queue.ts'
import type { QueueFilter } from '../domain/dossier/queue-filter.ts'
import { OPEN_STATUSES } from '../domain/dossier/status.ts'

export async function queue(prisma: PrismaClient, user: SessionUser, filter: QueueFilter, now = new Date()) {
  const where: Prisma.DossierWhereInput = {
    agencyId: user.agencyId ?? '',
    status: filter.status ?? { in: [...OPEN_STATUSES] },
    ...(filter.procedure && { procedure: { code: filter.procedure } }),
    ...(filter.field && { procedure: { field: { code: filter.field } } }),
    ...(filter.channel && { channel: filter.channel }),
    ...(filter.mine && { assigneeId: user.id }),
    ...(filter.awaitingApproval && { approvalRequestedAt: { not: null } }),
    ...(filter.due === 'overdue' && { dueAt: { lt: now } }),
    ...(filter.due === 'soon' && { dueAt: { gte: now, lte: new Date(now.getTime() + DUE_SOON_HOURS * 3600_000) } }),
  }
  const cursor = decodeCursor(filter.after)
  const page = await prisma.dossier.findMany({
    where: cursor ? { AND: [where, { OR: [{ dueAt: { gt: cursor.dueAt } }, { dueAt: cursor.dueAt, id: { gt: cursor.id } }] }] } : where,
    orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
    take: QUEUE_PAGE_SIZE + 1,
    select: {
      id: true,
      code: true,
      status: true,
      channel: true,
      dueAt: true,
      submittedAt: true,
      applicantName: true,
      approvalRequestedAt: true,
      procedure: { select: { code: true, name: true } },
      assignee: { select: { fullName: true } },
    },
  })
  const more = page.length > QUEUE_PAGE_SIZE
  const items = page.slice(0, QUEUE_PAGE_SIZE)
  const last = items.at(-1)
  return { items, next: more && last?.dueAt ? encodeCursor({ dueAt: last.dueAt, id: last.id }) : null }
}

export async function statusCounts(prisma: PrismaClient, user: SessionUser) {
  const rows = await prisma.dossier.groupBy({
    by: ['status'],
    where: { agencyId: user.agencyId ?? '', status: { in: [...OPEN_STATUSES] } },
    _count: { _all: true },
  })
  return OPEN_STATUSES.map((status) => ({ status, count: rows.find((r) => r.status === status)?._count._all ?? 0 }))
}

/** A dossier of the staff member's agency, with everything the dossier page shows. */
export function getAgencyDossier(prisma: PrismaClient, dossierId: string, user: SessionUser) {
  return prisma.dossier.findFirst({
    where: { id: dossierId, agencyId: user.agencyId ?? '', status: { not: 'DRAFT' } },
    include: {
      procedure: { select: { code: true, name: true, timeLimit: true, timeLimitUnit: true } },
      agency: { select: { name: true, code: true } },
      desk: { select: { name: true } },
      supportPoint: { select: { name: true } },
      assignee: { select: { id: true, fullName: true } },
      documents: { include: { file: { select: { fileName: true, size: true } }, requiredDocument: { select: { name: true } } }, orderBy: { createdAt: 'asc' } },
      events: { orderBy: { at: 'asc' }, include: { actor: { select: { fullName: true } } } },
    },
  })
}
export type AgencyDossier = NonNullable<Awaited<ReturnType<typeof getAgencyDossier>>>

export function specialistsOf(prisma: PrismaClient, agencyId: string) {
  return prisma.user.findMany({ where: { agencyId, role: 'SPECIALIST', active: true }, select: { id: true, fullName: true }, orderBy: { fullName: 'asc' } })
}
