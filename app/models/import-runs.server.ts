// Imports started from an administrator's page run in the background of the web process; the page reads the
// run's progress from the database (ImportRun), so any process can show it and a restart leaves a run that
// can be resumed from its stored file.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { fileStorage, newStorageKey } from '../storage.server.ts'
import { bytesSource, type ImportSource } from './import-source.server.ts'

/** Starts `work` in the background and answers the run's id as soon as it exists (null if refused at once). */
export function startInBackground(work: (onRun: (id: string) => void) => Promise<{ runId: string | null }>): Promise<string | null> {
  return new Promise((resolve) => {
    work(resolve)
      .then((result) => resolve(result.runId))
      .catch((error: Error) => {
        console.error('Import failed:', error.message)
        resolve(null)
      })
  })
}

/** An upload kept in storage, so its run can resume after a restart. */
export async function keepUpload(name: string, bytes: Uint8Array): Promise<{ source: ImportSource; storageKey: string }> {
  const storageKey = newStorageKey()
  await fileStorage().put(storageKey, bytes)
  return { source: bytesSource(name, bytes), storageKey }
}

/** The stored file of an interrupted run. */
export async function storedSource(prisma: PrismaClient, runId: string, kind: string) {
  const run = await prisma.importRun.findFirst({ where: { id: runId, kind, status: 'INTERRUPTED', storageKey: { not: null } } })
  if (!run) return null
  return { source: bytesSource(run.fileName, new Uint8Array(await fileStorage().get(run.storageKey!))), storageKey: run.storageKey! }
}

/** A run to show: the one asked for, else the latest of its kind. */
export function runToShow(prisma: PrismaClient, kind: string, id: string | null) {
  return prisma.importRun.findFirst({ where: { kind, ...(id && { id }) }, orderBy: { startedAt: 'desc' } })
}
