// The one place a dossier's timeline event is written. Callers pass the transaction that changes the dossier,
// so the change and its event commit together or not at all (DESIGN.md §3: check, then write).
import type { Prisma } from '../../prisma/generated/client.ts'

export type EventInput = Omit<Prisma.DossierEventUncheckedCreateInput, 'id'>

export async function recordEvent(tx: Prisma.TransactionClient, event: EventInput) {
  return tx.dossierEvent.create({ data: event, select: { id: true } })
}

export async function recordEvents(tx: Prisma.TransactionClient, events: EventInput[]) {
  for (const event of events) await recordEvent(tx, event)
}
