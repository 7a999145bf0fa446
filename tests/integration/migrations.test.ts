import { describe, expect, it } from 'vitest'
import { migrate, MigrationError, readMigrations, type Migration } from '~/db/migrate.server.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase()
const run = (migrations?: Migration[]) => database().withConnection((conn) => migrate(conn, migrations))

describe('migrations on start', () => {
  it('applied the whole history, recorded in Prisma’s own table', async () => {
    const rows = await database().prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`
    expect(rows.map((r) => r.migration_name)).toEqual(readMigrations().map((m) => m.name))
  })

  it('applies nothing the second time', async () => {
    expect(await run()).toEqual([])
  })

  it('rolls back a failing migration and says which one failed', async () => {
    // The first statement succeeds on its own; the second fails, so the first must be undone too.
    const bad = { name: '99999999999999_broken', sql: 'CREATE TABLE "Half" (id int);\nSELECT * FROM "NoSuchTable";', checksum: 'x'.repeat(64) }
    await expect(run([...readMigrations(), bad])).rejects.toThrow(MigrationError)
    const half = await database().prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'Half'`
    expect(half[0]?.n).toBe(0)
  })

  it('refuses a migration edited after it was applied', async () => {
    const [first, ...rest] = readMigrations()
    const edited = { ...first!, checksum: '0'.repeat(64) }
    await expect(run([edited, ...rest])).rejects.toThrow(/changed after it was applied/)
  })
})

describe('an unreachable server', () => {
  it('gets a clear message naming where it looked, not a stack trace', async () => {
    const { openDatabase, DatabaseUnreachableError } = await import('~/db.server.ts')
    const attempt = openDatabase({ kind: 'postgresql', url: 'postgresql://nobody:secret@127.0.0.1:1/none' })
    await expect(attempt).rejects.toThrow(DatabaseUnreachableError)
    await expect(attempt).rejects.toThrow('Cannot reach PostgreSQL at 127.0.0.1:1/none (ECONNREFUSED)')
  })
})
