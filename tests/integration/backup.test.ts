// Backup and restore, as the README tells the IT team to do them: `npm run backup -- <dir>` then, after a
// loss, `npm run restore -- <dir>` brings back the database and the uploaded files (PGlite directory, or
// PostgreSQL with pg_dump/pg_restore).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openDatabase, type DatabaseConfig } from '~/db.server.ts'
import { createServerDatabase } from '../support/server-database.ts'
import { onPostgres } from './database.ts'

const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-backup-data-'))
const backupDir = path.join(mkdtempSync(path.join(tmpdir(), 'portal-backup-')), 'nightly')
let config: DatabaseConfig
let env: NodeJS.ProcessEnv
let drop: (() => Promise<void>) | undefined

beforeAll(async () => {
  env = { ...process.env, DATA_DIR: dataDir }
  delete env.DATABASE_URL
  if (onPostgres) {
    const created = await createServerDatabase(process.env.TEST_DATABASE_URL, 'portal_backup')
    drop = created.drop
    env.DATABASE_URL = created.url
    config = { kind: 'postgresql', url: created.url }
  } else config = { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') }
})

afterAll(async () => {
  await drop?.()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(path.dirname(backupDir), { recursive: true, force: true })
})

const cli = (mode: 'backup' | 'restore') => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/backup.ts', mode, backupDir], { env, encoding: 'utf8' })

async function withDatabase<T>(work: (prisma: Awaited<ReturnType<typeof openDatabase>>['prisma']) => Promise<T>) {
  const database = await openDatabase(config)
  try {
    return await work(database.prisma)
  } finally {
    await database.close()
  }
}

it('restores the database and the files as they were at the backup', async () => {
  const file = path.join(dataDir, 'files', '2026', '12', 'scan')
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, 'scanned application')
  await withDatabase((prisma) => prisma.setting.create({ data: { key: 'backup.probe', value: 'before' } }))

  const backup = cli('backup')
  expect(backup.status, backup.stderr).toBe(0)
  expect(existsSync(path.join(backupDir, onPostgres ? 'database.dump' : 'pglite.tar.gz'))).toBe(true)

  // The loss: the row changed, the file gone.
  await withDatabase((prisma) => prisma.setting.update({ where: { key: 'backup.probe' }, data: { value: 'after' } }))
  rmSync(path.join(dataDir, 'files'), { recursive: true, force: true })

  const restore = cli('restore')
  expect(restore.status, restore.stderr).toBe(0)
  expect(await withDatabase((prisma) => prisma.setting.findUnique({ where: { key: 'backup.probe' } }))).toMatchObject({ value: 'before' })
  expect(readFileSync(file, 'utf8')).toBe('scanned application')
}, 120_000)
