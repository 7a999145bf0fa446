// The one place a dossier's timeline event is written. Callers pass the transaction that changes the dossier,
// so the change and its event commit together or not at all (docs/domain.md §3: check, then write). The same
// transaction records what must follow (transactional outbox, docs/decisions/012-job-queue.md): the
// applicant's message for a public event, and the national portal's copy of a status change.
import type { Prisma } from '../../prisma/generated/client.ts'
import type { EventData } from '../domain/dossier/event-data.ts'
import { templateFor } from '../domain/messages/dossier-messages.ts'
import { NATIONAL_SYNC_CODE } from '../domain/dossier/status.ts'
import { recordOutbox } from './outbox.server.ts'

export type EventInput = Omit<Prisma.DossierEventUncheckedCreateInput, 'id' | 'data'> & { data?: EventData }

/** `notify: false` when a later event of the same change tells the applicant instead. */
export async function recordEvent(tx: Prisma.TransactionClient, event: EventInput, { notify = true } = {}) {
  const created = await tx.dossierEvent.create({ data: { ...event, data: event.data as Prisma.InputJsonValue | undefined }, select: { id: true, at: true } })
  const facts = { action: event.action, toStatus: event.toStatus ?? null, note: event.note ?? null, data: event.data }
  if (notify && templateFor(facts)) await recordOutbox(tx, 'dossier-notify', { eventId: created.id })
  const to = event.toStatus
  if (to && to !== 'DRAFT' && to !== event.fromStatus) {
    await tx.nationalSync.create({ data: { eventId: created.id, dossierId: event.dossierId, status: to, statusCode: NATIONAL_SYNC_CODE[to], changedAt: created.at } })
    await recordOutbox(tx, 'national-sync', { dossierId: event.dossierId })
  }
  return { id: created.id }
}

/** Several events of one change (a counter intake is submitted and received at once): one message, the last. */
export async function recordEvents(tx: Prisma.TransactionClient, events: EventInput[]) {
  for (const [index, event] of events.entries()) await recordEvent(tx, event, { notify: index === events.length - 1 })
}
