// What the applicant is told when something happens to their dossier: the change's transaction recorded it
// (recordEvent, transactional outbox); after commit it goes to the job queue, and event-messages.server.ts
// writes the message itself.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { relayOutbox } from './outbox.server.ts'

/**
 * Called after a dossier change commits: the messages and the national sync its transaction recorded go to
 * the job queue now (a relay every minute catches what a crash left). The arguments name the change for
 * the reader; everything pending is handed over.
 */
export async function notifyApplicant(prisma: PrismaClient, _dossierId: string, _event: string) {
  await relayOutbox(prisma)
}
