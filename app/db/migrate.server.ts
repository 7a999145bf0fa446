// Applies pending migrations from prisma/migrations at start-up, on PGlite and PostgreSQL alike.
// The bookkeeping table is Prisma's own `_prisma_migrations`, so `prisma migrate status` agrees with us.
// Why not `prisma migrate deploy`: see docs/decisions/002-migrations.md.
import { createHash, randomUUID } from 'node:crypto'
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'

/** The two calls the runner needs from a connection: parameterised query and multi-statement script. */
export interface SqlConnection {
  query<T>(sql: string, params?: unknown[]): Promise<T[]>
  exec(script: string): Promise<void>
}

export interface Migration {
  name: string
  sql: string
  checksum: string
}

export const MIGRATIONS_DIR = path.resolve(process.cwd(), 'prisma/migrations')

/** An arbitrary constant: serialises start-up of several processes against one PostgreSQL server. */
const LOCK_ID = 727_069_881

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    })
}

export class MigrationError extends Error {}

/** Applies each pending migration in its own transaction. Returns the names applied. */
export async function migrate(conn: SqlConnection, migrations = readMigrations()): Promise<string[]> {
  await conn.exec(`SELECT pg_advisory_lock(${LOCK_ID})`)
  try {
    await conn.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
      "id" VARCHAR(36) PRIMARY KEY NOT NULL,
      "checksum" VARCHAR(64) NOT NULL,
      "finished_at" TIMESTAMPTZ,
      "migration_name" VARCHAR(255) NOT NULL,
      "logs" TEXT,
      "rolled_back_at" TIMESTAMPTZ,
      "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
      "applied_steps_count" INTEGER NOT NULL DEFAULT 0
    )`)
    const rows = await conn.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations"
       WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    )
    const applied = new Map(rows.map((row) => [row.migration_name, row.checksum]))
    const done: string[] = []
    for (const migration of migrations) {
      const checksum = applied.get(migration.name)
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new MigrationError(`Migration ${migration.name} was changed after it was applied.`)
        }
        continue
      }
      await conn.exec('BEGIN')
      try {
        await conn.exec(migration.sql)
        await conn.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), migration.checksum, migration.name],
        )
        await conn.exec('COMMIT')
      } catch (error) {
        await conn.exec('ROLLBACK')
        throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`)
      }
      done.push(migration.name)
    }
    return done
  } finally {
    await conn.exec(`SELECT pg_advisory_unlock(${LOCK_ID})`)
  }
}
