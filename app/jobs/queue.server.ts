// The durable job queue (docs/decisions/012-job-queue.md): pg-boss 10 in the application's own database. On
// PostgreSQL it connects by DATABASE_URL; on the embedded PGlite it reaches the same engine through a socket
// server inside this process, so the same jobs, retries and schedules run with no second program.
// Each queue retries with exponential backoff and, once out of tries, leaves a dead letter for admins.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import PgBoss from 'pg-boss'
import type { Database } from '../db.server.ts'
import { logger } from '../logger.server.ts'
import { metrics, setQueueDepthSource } from '../metrics.server.ts'

export interface JobContext {
  id: string
  /** Tries already made before this one (0 on the first). */
  retryCount: number
}

export interface JobDefinition<T extends object = object> {
  name: string
  /** Must be idempotent: a job can run again after a crash between its work and its completion. */
  handler: (data: T, job: JobContext) => Promise<void>
  retryLimit?: number
  /** Seconds before the first retry; doubled (with jitter) at each further one. */
  retryDelay?: number
  /** Minutes a run may take before it counts as failed (and is retried). */
  expireInMinutes?: number
  /** One job at a time per singletonKey (created or retrying) plus one running. */
  policy?: 'standard' | 'stately'
  /** Cron in Asia/Ho_Chi_Minh, for scheduled jobs. */
  cron?: string
  pollingIntervalSeconds?: number
}

export interface EnqueueOptions {
  /** A fixed id (a uuid) makes sending twice harmless: the second send is ignored. */
  id?: string
  singletonKey?: string
  startAfter?: Date
}

export const DEAD_LETTER_PREFIX = 'dead-'
const SCHEMA = 'pgboss'

const definitions = new Map<string, JobDefinition<object>>()

/** Registers a job's handler and settings; done at module load, before startJobs. */
export function defineJob<T extends object>(definition: JobDefinition<T>) {
  definitions.set(definition.name, definition as unknown as JobDefinition<object>)
}

export function jobNames() {
  return [...definitions.keys()]
}

interface Running {
  boss: PgBoss
  workers: Map<string, string>
  socket?: { server: PGLiteSocketServer; dir: string }
}

let running: Running | undefined

/** Connection settings: the PostgreSQL server, or a private Unix socket onto the embedded PGlite. */
async function connect(database: Database): Promise<{ options: PgBoss.ConstructorOptions; socket?: Running['socket'] }> {
  if (database.url) return { options: { connectionString: database.url, max: 4 } }
  if (!database.pglite) throw new Error('The job queue needs a PostgreSQL URL or an embedded PGlite')
  // A Unix socket in a private directory: nothing else on the machine can reach the database through it.
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-jobs-'))
  const port = 5432
  // The socket server's default of one connection makes a pool of several fail with ECONNRESET (STACK.md),
  // and a connection opened while another is checked out waited a minute for the socket server: pg-boss gets
  // one connection, which is all a single-session engine can use anyway.
  const server = new PGLiteSocketServer({ db: database.pglite, path: path.join(dir, `.s.PGSQL.${port}`), maxConnections: 4 })
  await server.start()
  return { options: { host: dir, port, database: 'postgres', user: 'postgres', max: 1 }, socket: { server, dir } }
}

async function run(definition: JobDefinition<object>, job: PgBoss.JobWithMetadata<object>) {
  const { jobs, jobDuration } = metrics()
  const stop = jobDuration.startTimer({ queue: definition.name })
  try {
    await definition.handler(job.data, { id: job.id, retryCount: job.retryCount })
    jobs.inc({ queue: definition.name, outcome: 'completed' })
  } catch (error) {
    const outcome = job.retryCount < job.retryLimit ? 'retried' : 'failed'
    jobs.inc({ queue: definition.name, outcome })
    logger.warn({ queue: definition.name, jobId: job.id, retryCount: job.retryCount, err: error }, `job ${outcome}`)
    throw error
  } finally {
    stop()
  }
}

/**
 * Starts pg-boss on the process's database: creates its schema and the queues, starts a worker per queue
 * and (with `schedules`) the cron schedules. Several processes may do this at once on PostgreSQL. Tests
 * shorten every queue's first retry delay with `retryDelaySeconds`.
 */
export async function startJobs(database: Database, { schedules = true, retryDelaySeconds }: { schedules?: boolean; retryDelaySeconds?: number } = {}) {
  if (running) return
  const { options, socket } = await connect(database)
  const boss = new PgBoss({ ...options, schema: SCHEMA, application_name: 'portal-jobs', schedule: schedules })
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'))
  await boss.start()
  const workers = new Map<string, string>()
  for (const definition of definitions.values()) {
    const deadLetter = `${DEAD_LETTER_PREFIX}${definition.name}`
    await boss.createQueue(deadLetter, { name: deadLetter, retentionDays: 30 })
    const queue: PgBoss.Queue = {
      name: definition.name,
      policy: definition.policy ?? 'standard',
      retryLimit: definition.retryLimit ?? 5,
      retryDelay: retryDelaySeconds ?? definition.retryDelay ?? 30,
      retryBackoff: true,
      expireInSeconds: (definition.expireInMinutes ?? 15) * 60,
      deadLetter,
    }
    // createQueue leaves an existing queue as it was; updateQueue brings its settings up to date.
    await boss.createQueue(definition.name, queue)
    await boss.updateQueue(definition.name, queue)
    const id = await boss.work<object>(definition.name, { includeMetadata: true, pollingIntervalSeconds: definition.pollingIntervalSeconds ?? 2 }, async ([job]) => run(definition, job!))
    workers.set(definition.name, id)
    if (schedules && definition.cron) await boss.schedule(definition.name, definition.cron, {}, { tz: 'Asia/Ho_Chi_Minh' })
  }
  running = { boss, workers, socket }
  setQueueDepthSource(async () => Promise.all([...workers.keys()].map(async (name): Promise<[string, number]> => [name, await boss.getQueueSize(name)])))
  logger.info({ database: database.kind, queues: workers.size }, 'job queue started')
}

/** Stops taking jobs, lets running ones finish (up to `timeoutMs`), then closes the connections. */
export async function stopJobs(timeoutMs = 20_000) {
  const current = running
  running = undefined
  if (!current) return
  await current.boss.stop({ graceful: true, wait: true, timeout: timeoutMs })
  if (current.socket) {
    await current.socket.server.stop()
    rmSync(current.socket.dir, { recursive: true, force: true })
  }
}

/**
 * Puts work on a queue. Without a queue in this process (tests, command-line scripts) the handler runs at
 * once instead (also work meant for later) and a failure is only logged: what it had to do stays recorded
 * where it was (an unsent message, an unsynchronised status), as it would after a queue's last retry.
 */
export async function enqueue(name: string, data: object, options: EnqueueOptions = {}) {
  const definition = definitions.get(name)
  if (!definition) throw new Error(`Unknown job: ${name}`)
  if (running) {
    const id = await running.boss.send(name, data, { id: options.id, singletonKey: options.singletonKey, startAfter: options.startAfter })
    const worker = running.workers.get(name)
    if (worker && !options.startAfter) running.boss.notifyWorker(worker)
    return id
  }
  try {
    await definition.handler(data, { id: options.id ?? 'inline', retryCount: 0 })
  } catch (error) {
    logger.warn({ queue: name, err: error }, 'job failed (no queue in this process)')
  }
  return null
}

/** The running queue (admin pages, metrics); null when none runs in this process. */
export function jobQueue(): PgBoss | null {
  return running?.boss ?? null
}
