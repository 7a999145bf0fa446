// What the queue could not do: jobs out of tries wait in `dead-<queue>` (pg-boss keeps their data and last
// error) until an admin sends one again or dismisses it (/quan-tri/hang-doi).
import { db } from '../db.server.ts'
import { DEAD_LETTER_PREFIX, enqueue, jobNames, jobQueue } from './queue.server.ts'

export interface DeadLetter {
  id: string
  queue: string
  data: unknown
  error: string
  createdOn: Date
}

export async function deadLetters(limit = 200): Promise<DeadLetter[]> {
  const rows = await (
    await db()
  ).$queryRaw<{ id: string; name: string; data: unknown; output: unknown; created_on: Date }[]>`
    SELECT id::text, name, data, output, created_on FROM pgboss.job
    WHERE name LIKE ${`${DEAD_LETTER_PREFIX}%`} AND state = 'created' ORDER BY created_on DESC LIMIT ${limit}`
  return rows.map((row) => ({
    id: row.id,
    queue: row.name.slice(DEAD_LETTER_PREFIX.length),
    data: row.data,
    error: describeOutput(row.output),
    createdOn: row.created_on,
  }))
}

function describeOutput(output: unknown): string {
  const value = output as { message?: string } | string | null
  return typeof value === 'string' ? value : (value?.message ?? JSON.stringify(value ?? ''))
}

/** Jobs waiting (created or retrying) per queue. */
export async function queueDepths(): Promise<{ queue: string; waiting: number }[]> {
  const boss = jobQueue()
  if (!boss) return []
  return Promise.all(jobNames().map(async (queue) => ({ queue, waiting: await boss.getQueueSize(queue) })))
}

async function take(id: string) {
  const rows = await (
    await db()
  ).$queryRaw<{ name: string; data: object }[]>`
    DELETE FROM pgboss.job WHERE id = ${id}::uuid AND name LIKE ${`${DEAD_LETTER_PREFIX}%`} AND state = 'created' RETURNING name, data`
  return rows[0] ?? null
}

/** Puts a dead letter back on its queue (with a fresh set of tries). */
export async function resendDeadLetter(id: string) {
  const letter = await take(id)
  if (!letter) return false
  const queue = letter.name.slice(DEAD_LETTER_PREFIX.length)
  if (!jobNames().includes(queue)) return false
  await enqueue(queue, letter.data)
  return true
}

export async function dismissDeadLetter(id: string) {
  return (await take(id)) !== null
}
