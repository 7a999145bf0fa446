// Crash safety: the server is killed (SIGKILL, no shutdown) while citizens are submitting dossiers. After a
// restart, every submission the server had answered is there, and no dossier is half-written: each filed dossier
// has its code, its submission time, its documents and the timeline event of its state — a submission is one
// transaction with its event. Runs on PGlite (the embedded database in a directory) and on PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openDatabase, type Database } from '~/db.server.ts'
import { buildIfStale } from '../../scripts/build-if-stale.ts'
import { PortalClient } from '../support/portal-client.ts'
import { startServer, type ServerProcess } from '../support/server-process.ts'
import { createServerDatabase } from '../support/server-database.ts'
import { onPostgres } from './database.ts'

const CITIZENS = 8
const KILL_AFTER_SUBMISSIONS = 12

const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-crash-'))
let env: Record<string, string>
let dropDatabase: (() => Promise<void>) | undefined
let server: ServerProcess | undefined

beforeAll(async () => {
  buildIfStale()
  // Registration confirms the phone with a code from the sandbox SMS gateway (off on PostgreSQL unless asked for).
  env = { DATA_DIR: dataDir, SMS_SANDBOX: '1' }
  if (onPostgres) {
    const created = await createServerDatabase(process.env.TEST_DATABASE_URL, 'portal_crash')
    env.DATABASE_URL = created.url
    dropDatabase = created.drop
  }
}, 300_000)

afterAll(async () => {
  await server?.stop('SIGKILL')
  await dropDatabase?.()
  rmSync(dataDir, { recursive: true, force: true })
})

it('a server killed mid-load restarts with every answered submission and no half-written dossier', async () => {
  server = await startServer(env)
  const answered = new Set<string>()
  const inFlight = new Set<string>()
  let killed = false
  const citizen = async () => {
    const client = new PortalClient(server!.baseUrl)
    await client.register()
    while (!killed) {
      const draft = await client.fileDossier('2.000635')
      inFlight.add(draft.id)
      await draft.submit()
      inFlight.delete(draft.id)
      answered.add(draft.id)
    }
  }
  const load = Promise.allSettled(Array.from({ length: CITIZENS }, citizen))
  while (answered.size < KILL_AFTER_SUBMISSIONS) await new Promise((resolve) => setTimeout(resolve, 20))
  killed = true
  await server.stop('SIGKILL')
  await load

  // The same data directory / database, started again: recovery, migrations and seeding must all cope.
  server = await startServer(env)
  const health = await (await fetch(`${server.baseUrl}/health`)).json()
  expect(health.status).toBe('ok')
  await server.stop('SIGTERM')
  server = undefined

  const database: Database = await openDatabase(onPostgres ? { kind: 'postgresql', url: env.DATABASE_URL! } : { kind: 'pglite', dataDir: path.join(dataDir, 'pglite') })
  try {
    const prisma = database.prisma
    const filed = await prisma.dossier.findMany({
      where: { procedure: { code: '2.000635' }, status: { not: 'DRAFT' }, applicant: { email: { startsWith: 'tai.' } } },
      include: { events: true, documents: true },
    })
    const filedIds = new Set(filed.map((d) => d.id))
    for (const id of answered) expect(filedIds.has(id), `answered submission ${id} lost`).toBe(true)
    for (const dossier of filed) {
      expect(dossier.status).toBe('SUBMITTED')
      expect(dossier.code).toBeTruthy()
      expect(dossier.submittedAt).toBeTruthy()
      expect(dossier.dueAt).toBeTruthy()
      expect(dossier.documents.length).toBeGreaterThan(0)
      expect(dossier.events.filter((e) => e.toStatus === 'SUBMITTED')).toHaveLength(1)
    }
    // Whatever was cut off mid-submission is still a whole draft, or a whole dossier — never in between.
    const cut = await prisma.dossier.findMany({ where: { id: { in: [...inFlight] } }, include: { events: true } })
    for (const dossier of cut) {
      if (dossier.status === 'DRAFT') {
        expect(dossier.code).toBeNull()
        expect(dossier.events.filter((e) => e.toStatus === 'SUBMITTED')).toHaveLength(0)
      } else expect(filedIds.has(dossier.id)).toBe(true)
    }
    console.info(`crash-safety (${database.kind}): ${answered.size} answered, ${filed.length} filed, ${inFlight.size} cut off`)
  } finally {
    await database.close()
  }
}, 300_000)
