// The back office's view of dossiers: only the staff member's own agency, never another's. The open queue in
// due-date order, the archive and searches newest first, page by page with a keyset cursor.
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { foldVietnamese } from '../domain/catalogue/search-text.ts'
import { decodeCursor, DUE_SOON_HOURS, encodeCursor, QUEUE_PAGE_SIZE, searchKind, type QueueSort } from '../domain/dossier/queue.ts'
import type { QueueFilter } from '../domain/dossier/queue-filter.ts'
import { FILED_STATUSES, isOneOf, OPEN_STATUSES } from '../domain/dossier/status.ts'
import { staffScope } from '../auth/access.server.ts'

function searchWhere(q: string): Prisma.DossierWhereInput {
  const kind = searchKind(q)
  if (kind === 'nationalId') return { applicantNationalId: q.replace(/\s+/g, '') }
  if (kind === 'code') return { code: q.replace(/\s+/g, '').toUpperCase() }
  // Imported dossiers may lack the folded name: their typed name is matched as well.
  return { OR: [{ applicantSearch: { contains: foldVietnamese(q) } }, { applicantName: { contains: q, mode: 'insensitive' } }] }
}

/** What the filter asks for; the open queue unless a status, the archive or a search is asked for. */
export function queueWhere(user: SessionUser, filter: QueueFilter, now = new Date()): Prisma.DossierWhereInput {
  const everything = filter.view === 'all' || Boolean(filter.q)
  return {
    ...staffScope(user),
    status: filter.status ?? { in: [...(everything ? FILED_STATUSES : OPEN_STATUSES)] },
    ...((filter.procedure || filter.field) && {
      procedure: { ...(filter.procedure && { code: filter.procedure }), ...(filter.field && { field: { code: filter.field } }) },
    }),
    ...(filter.q && searchWhere(filter.q)),
    ...(filter.channel && { channel: filter.channel }),
    ...(filter.mine && { assigneeId: user.id }),
    ...(filter.awaitingApproval && { approvalRequestedAt: { not: null } }),
    ...(filter.due === 'overdue' && { dueAt: { lt: now } }),
    ...(filter.due === 'soon' && { dueAt: { gte: now, lte: new Date(now.getTime() + DUE_SOON_HOURS * 3600_000) } }),
  }
}

/** The order a page lists in: soonest due for open work, newest filed for the archive and searches. */
export function queueSort(filter: QueueFilter): QueueSort {
  if (filter.sort) return filter.sort
  const archive = filter.view === 'all' || filter.q || (filter.status && !isOneOf(filter.status, OPEN_STATUSES))
  return archive ? 'newest' : 'due'
}

export async function queue(prisma: PrismaClient, user: SessionUser, filter: QueueFilter, now = new Date()) {
  const where = queueWhere(user, filter, now)
  const sort = queueSort(filter)
  const column = sort === 'due' ? 'dueAt' : 'submittedAt'
  const direction = sort === 'newest' ? 'desc' : 'asc'
  const beyond = direction === 'asc' ? 'gt' : 'lt'
  const cursor = decodeCursor(filter.after)
  const page = await prisma.dossier.findMany({
    where: cursor ? { AND: [where, { OR: [{ [column]: { [beyond]: cursor.at } }, { [column]: cursor.at, id: { [beyond]: cursor.id } }] }] } : where,
    orderBy: [{ [column]: direction }, { id: direction }],
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
  const lastAt = last?.[column]
  return { items, sort, next: more && last && lastAt ? encodeCursor({ at: lastAt, id: last.id }) : null }
}

export async function statusCounts(prisma: PrismaClient, user: SessionUser) {
  const rows = await prisma.dossier.groupBy({
    by: ['status'],
    where: { ...staffScope(user), status: { in: [...OPEN_STATUSES] } },
    _count: { _all: true },
  })
  return OPEN_STATUSES.map((status) => ({ status, count: rows.find((r) => r.status === status)?._count._all ?? 0 }))
}

/** A dossier of the staff member's agency, with everything the dossier page shows. */
export function getAgencyDossier(prisma: PrismaClient, dossierId: string, user: SessionUser) {
  return prisma.dossier.findFirst({
    where: { id: dossierId, ...staffScope(user) },
    include: {
      procedure: {
        select: { code: true, name: true, timeLimit: true, timeLimitUnit: true, formSchema: true, documents: { orderBy: { position: 'asc' }, select: { id: true, name: true, mandatory: true } } },
      },
      agency: { select: { id: true, name: true, code: true, unit: { select: { name: true } } } },
      desk: { select: { name: true } },
      supportPoint: { select: { name: true } },
      assignee: { select: { id: true, fullName: true } },
      documents: { include: { file: { select: { fileName: true, size: true, sha256: true } }, requiredDocument: { select: { name: true } } }, orderBy: { createdAt: 'asc' } },
      events: { orderBy: { at: 'asc' }, include: { actor: { select: { fullName: true } } } },
    },
  })
}
export type AgencyDossier = NonNullable<Awaited<ReturnType<typeof getAgencyDossier>>>

export function specialistsOf(prisma: PrismaClient, agencyId: string) {
  return prisma.user.findMany({ where: { agencyId, role: 'SPECIALIST', active: true }, select: { id: true, fullName: true }, orderBy: { fullName: 'asc' } })
}
