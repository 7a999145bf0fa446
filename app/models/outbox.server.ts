// The transactional outbox (docs/decisions/012-job-queue.md): work recorded in the transaction of a dossier
// change, handed to the job queue after commit. Handing a row over twice makes one job (its uuid is the
// job's id), so the caller after commit and the minute relay may race without harm.
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import { db } from '../db.server.ts'
import { defineJob, enqueue } from '../jobs/queue.server.ts'
// The jobs of the outbox's topics, defined wherever rows are relayed.
import './event-messages.server.ts'
import './national-sync.server.ts'

export type OutboxTopic = 'dossier-notify' | 'national-sync'

/** National syncs of one dossier share a key, so its changes go out one job at a time, in order. */
const singletonKeyOf = (topic: OutboxTopic, payload: Record<string, string>) => (topic === 'national-sync' ? payload.dossierId : undefined)

export function recordOutbox(tx: Prisma.TransactionClient, topic: OutboxTopic, payload: Record<string, string>) {
  return tx.outboxMessage.create({ data: { topic, payload }, select: { id: true } })
}

/** Hands every pending row to the queue; returns how many. */
export async function relayOutbox(prisma: PrismaClient, limit = 200) {
  const rows = await prisma.outboxMessage.findMany({ where: { dispatchedAt: null }, orderBy: { createdAt: 'asc' }, take: limit })
  for (const row of rows) {
    const payload = row.payload as Record<string, string>
    await enqueue(row.topic, payload, { id: row.id, singletonKey: singletonKeyOf(row.topic as OutboxTopic, payload) })
    await prisma.outboxMessage.update({ where: { id: row.id }, data: { dispatchedAt: new Date() } })
  }
  return rows.length
}

const KEEP_DISPATCHED_DAYS = 7

defineJob({
  name: 'outbox-relay',
  cron: '* * * * *',
  pollingIntervalSeconds: 10,
  handler: async () => {
    const prisma = await db()
    // What a crash between a commit and its hand-over left behind; then rows long handed over are dropped.
    while ((await relayOutbox(prisma)) > 0);
    await prisma.outboxMessage.deleteMany({ where: { dispatchedAt: { lt: new Date(Date.now() - KEEP_DISPATCHED_DAYS * 86_400_000) } } })
  },
})
