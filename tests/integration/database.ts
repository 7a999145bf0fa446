// Opens a fresh database for one test file, copied from the templates the global set-up built (templates.ts):
// in-memory PGlite, or a new database on the PostgreSQL server of TEST_DATABASE_URL when TEST_DB=postgresql.
// Nothing is mocked.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, inject } from 'vitest'
import { openDatabase, useDatabase, type Database } from '~/db.server.ts'
import { resetSessions } from '~/auth/session.server.ts'
import { LocalDiskStorage, useFileStorage } from '~/storage.server.ts'
import { seed } from '../../prisma/seed/index.ts'
import { createServerDatabase } from '../support/server-database.ts'

export const onPostgres = process.env.TEST_DB === 'postgresql'

/** Registers beforeAll/afterAll hooks; the returned getter gives the open database inside tests. */
export function useTestDatabase(options: { seed?: boolean; seedAt?: Date } = {}) {
  let database: Database | undefined
  let drop: (() => Promise<void>) | undefined
  const filesDir = mkdtempSync(path.join(tmpdir(), 'portal-files-'))
  beforeAll(async () => {
    useFileStorage(new LocalDiskStorage(filesDir))
    // The demo province as the global set-up seeded it (templates.ts), unless this file seeds at its own date.
    const templates = inject('templates')
    const fromSeeded = options.seed && !options.seedAt
    if (fromSeeded) cpSync(templates.seededFiles, filesDir, { recursive: true })
    const template = fromSeeded ? templates.seeded : templates.migrated
    if (onPostgres) {
      const created = await createServerDatabase(process.env.TEST_DATABASE_URL, 'portal_test', template)
      drop = created.drop
      database = await openDatabase({ kind: 'postgresql', url: created.url })
    } else {
      database = await openDatabase({ kind: 'pglite', dataDir: 'memory://', load: new Blob([readFileSync(template)]) })
    }
    useDatabase(database)
    resetSessions()
    if (options.seed && options.seedAt) await seed(database.prisma, options.seedAt)
  })
  afterAll(async () => {
    await database?.close()
    await drop?.()
    rmSync(filesDir, { recursive: true, force: true })
  })
  return () => {
    if (!database) throw new Error('The test database is not open yet')
    return database
  }
}
