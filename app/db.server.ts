// The one place that opens the database: embedded PGlite under DATA_DIR when DATABASE_URL is unset,
// otherwise the PostgreSQL server it names. Pending migrations are applied on open.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '../prisma/generated/client.ts'
import { DataDirLockedError, lockDataDir } from './db/data-dir-lock.server.ts'
import { guardPglite } from './db/pglite-guard.server.ts'
import { migrate, MigrationError, type SqlConnection } from './db/migrate.server.ts'
import { logger } from './logger.server.ts'

export type DatabaseKind = 'pglite' | 'postgresql'

export interface Database {
  kind: DatabaseKind
  prisma: PrismaClient
  /** One raw connection for multi-statement scripts (migrations, maintenance). */
  withConnection<T>(work: (conn: SqlConnection) => Promise<T>): Promise<T>
  /** The embedded engine itself (the job queue reaches it through a socket; backups dump it). */
  pglite?: PGlite
  /** The server's address, for clients that need their own connections (the job queue). */
  url?: string
  close(): Promise<void>
}

export type DatabaseConfig =
  // A directory, or 'memory://' for tests; `load` starts it from a dump (dumpDataDir), as tests start from a template.
  { kind: 'pglite'; dataDir: string; load?: Blob } | { kind: 'postgresql'; url: string }

export class DatabaseUnreachableError extends Error {}

/** Errors that stop start-up with their one-line message (no stack): unreachable, unmigratable, locked. */
export function isStartupError(error: unknown): error is Error {
  return error instanceof DatabaseUnreachableError || error instanceof MigrationError || error instanceof DataDirLockedError
}

export function configFromEnv(env = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: 'postgresql', url: env.DATABASE_URL }
  return { kind: 'pglite', dataDir: path.resolve(env.DATA_DIR ?? 'data', 'pglite') }
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === 'pglite' ? openPglite(config.dataDir, config.load) : openPostgres(config.url)
}

/** DATA_DIR of an embedded database directory (DATA_DIR/pglite), or null in memory. */
export function dataDirOf(config: DatabaseConfig): string | null {
  return config.kind === 'pglite' && !config.dataDir.includes('://') ? path.dirname(config.dataDir) : null
}

async function openPglite(dataDir: string, load?: Blob): Promise<Database> {
  const owner = dataDirOf({ kind: 'pglite', dataDir })
  // Refuses at once when another process holds DATA_DIR; PGlite 0.3 does not create the parent itself.
  const release = owner ? lockDataDir(owner) : () => {}
  if (owner) mkdirSync(owner, { recursive: true })
  const client = new PGlite(dataDir, load ? { loadDataDir: load } : {})
  try {
    await client.waitReady
  } catch (error) {
    release()
    throw error
  }
  const conn: SqlConnection = {
    query: async <T>(sql: string, params?: unknown[]) => (await client.query<T>(sql, params)).rows,
    exec: async (script) => {
      await client.exec(script)
    },
  }
  await migrate(conn)
  // Prisma and the job queue's socket share the instance through one guard (see pglite-guard.server.ts).
  const guarded = guardPglite(client)
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(guarded), transactionOptions: TRANSACTION_OPTIONS })
  return {
    kind: 'pglite',
    prisma,
    withConnection: (work) => work(conn),
    pglite: guarded,
    async close() {
      await prisma.$disconnect()
      await client.close()
      release()
    },
  }
}

function describeTarget(url: string) {
  try {
    const { hostname, port, pathname } = new URL(url)
    return `${hostname}:${port || 5432}${pathname}`
  } catch {
    return 'the server named by DATABASE_URL'
  }
}

/** A dedicated connection (not the pool): BEGIN and COMMIT must reach the same session. */
async function withPgConnection<T>(url: string, work: (conn: SqlConnection) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
  } catch (error) {
    const reason = (error as { code?: string; message: string }).code ?? (error as Error).message
    throw new DatabaseUnreachableError(`Cannot reach PostgreSQL at ${describeTarget(url)} (${reason}). Check DATABASE_URL and that the server is running.`)
  }
  try {
    return await work({
      query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
      exec: async (script) => {
        await client.query(script)
      },
    })
  } finally {
    await client.end()
  }
}

/**
 * Interactive transactions (a dossier change with its files, events and outbox) wait up to 10 s for a
 * connection and may take 30 s: signing a result inside one takes seconds on a loaded machine, and a
 * transaction the engine times out is where the driver adapter has lost connections.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 }
const CLOSE_WAIT_MS = 5_000

async function openPostgres(url: string): Promise<Database> {
  await withPgConnection(url, migrate)
  // The pool is ours, not the adapter's: a connection the server ends (a restart, a fail-over, an admin)
  // is logged and replaced instead of crashing the process, and closing ends every connection it opened.
  const pool = new pg.Pool({ connectionString: url, max: 10 })
  // Every connection, idle or in use, gets a listener: an 'error' event without one would crash the process.
  pool.on('connect', (client) => client.on('error', (error) => logger.warn({ err: error }, 'database connection lost')))
  pool.on('error', () => {}) // an idle connection's error, logged by the listener above
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: TRANSACTION_OPTIONS })
  return {
    kind: 'postgresql',
    prisma,
    url,
    withConnection: (work) => withPgConnection(url, work),
    async close() {
      await prisma.$disconnect()
      // A connection the engine never handed back (seen under load after a transaction timed out, see
      // prisma/orm#29719 and #29952) must not keep the process from stopping: wait for it a little, then go.
      const ended = pool.end()
      const late = await Promise.race([ended.then(() => false), new Promise<boolean>((resolve) => setTimeout(resolve, CLOSE_WAIT_MS, true).unref())])
      if (late) logger.warn({ inUse: pool.totalCount - pool.idleCount }, 'database connections still in use at close')
    },
  }
}

// ── The process-wide database ──

let current: Promise<Database> | undefined

/** The process-wide database, opened on first use from the environment. */
export function database(): Promise<Database> {
  current ??= openDatabase(configFromEnv())
  return current
}

/** Shorthand for the Prisma client of the process-wide database. */
export async function db(): Promise<PrismaClient> {
  return (await database()).prisma
}

/** Tests and scripts install a database they opened themselves. */
export function useDatabase(database: Database) {
  current = Promise.resolve(database)
}

export async function closeDatabase() {
  const open = current
  current = undefined
  if (open) await (await open).close()
}
