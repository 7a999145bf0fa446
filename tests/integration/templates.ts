// Vitest's global set-up for the integration layer: the database every test file starts from is built once
// (migrated, and migrated + seeded with the demo province), not once per file. Each file then gets its own
// copy: PGlite loads a dump of the template, PostgreSQL copies a template database (CREATE DATABASE … TEMPLATE).
// The seed's files (scans, signed results) are copied with it. A file that seeds at another date seeds itself.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { openDatabase, type Database } from '~/db.server.ts'
import { LocalDiskStorage, useFileStorage } from '~/storage.server.ts'
import { seed } from '../../prisma/seed/index.ts'
import { createServerDatabase } from '../support/server-database.ts'

export interface Templates {
  /** PGlite dumps (files), or PostgreSQL template database names. */
  migrated: string
  seeded: string
  /** The seeded template's stored files. */
  seededFiles: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    templates: Templates
  }
}

async function dump(database: Database, file: string) {
  const blob = await database.pglite!.dumpDataDir('none')
  writeFileSync(file, new Uint8Array(await blob.arrayBuffer()))
  return file
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-templates-'))
  const seededFiles = path.join(dir, 'files')
  useFileStorage(new LocalDiskStorage(seededFiles))
  const drops: Array<() => Promise<void>> = []
  let templates: Templates
  if (process.env.TEST_DB === 'postgresql') {
    const make = async (withSeed: boolean) => {
      const created = await createServerDatabase(process.env.TEST_DATABASE_URL, withSeed ? 'portal_tpl_seeded' : 'portal_tpl')
      drops.push(created.drop)
      const database = await openDatabase({ kind: 'postgresql', url: created.url })
      if (withSeed) await seed(database.prisma)
      await database.close() // a template must have no connections when it is copied
      return created.name
    }
    templates = { migrated: await make(false), seeded: await make(true), seededFiles }
  } else {
    const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' })
    const migrated = await dump(database, path.join(dir, 'migrated.tar'))
    await seed(database.prisma)
    const seeded = await dump(database, path.join(dir, 'seeded.tar'))
    await database.close()
    templates = { migrated, seeded, seededFiles }
  }
  project.provide('templates', templates)
  return async () => {
    for (const drop of drops) await drop()
    rmSync(dir, { recursive: true, force: true })
  }
}
