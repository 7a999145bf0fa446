// npm run backup -- <dir>   writes a backup of the database and the uploaded files into <dir>
// npm run restore -- <dir>  puts it back (the embedded database and local files are replaced)
// Embedded PGlite: the server must be stopped (the DATA_DIR lock says so); the database is dumped by PGlite
// itself (pglite.tar.gz). PostgreSQL: pg_dump / pg_restore (client tools of the server's major version)
// write and read database.dump, the server may keep running. Local files are copied to <dir>/files;
// files on S3 stay in the bucket (use its versioning or replication; see the README).
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { configFromEnv, dataDirOf, isStartupError } from '../app/db.server.ts'
import { lockDataDir } from '../app/db/data-dir-lock.server.ts'

const [mode, target] = [process.argv[2], process.argv[3]]
if ((mode !== 'backup' && mode !== 'restore') || !target) {
  console.error('Usage: npm run backup -- <dir> | npm run restore -- <dir>')
  process.exit(2)
}
const dir = path.resolve(target)
const config = configFromEnv()
const filesDir = process.env.S3_BUCKET ? null : path.resolve(process.env.DATA_DIR ?? 'data', 'files')

function postgres(tool: 'pg_dump' | 'pg_restore', args: string[]) {
  const run = spawnSync(tool, args, { stdio: ['ignore', 'inherit', 'inherit'] })
  if (run.error || run.status !== 0) {
    console.error(`${tool} failed${run.error ? `: ${run.error.message}` : ''} (install the PostgreSQL client tools of the server's version)`)
    process.exit(1)
  }
}

async function backup() {
  mkdirSync(dir, { recursive: true })
  if (config.kind === 'postgresql') {
    postgres('pg_dump', ['--format=custom', '--no-owner', `--file=${path.join(dir, 'database.dump')}`, config.url])
  } else {
    // The embedded engine as it is on disk, under the DATA_DIR lock (no migrations: a backup changes nothing).
    const release = lockDataDir(dataDirOf(config)!)
    const engine = new PGlite(config.dataDir)
    const dump = await engine.dumpDataDir('gzip')
    writeFileSync(path.join(dir, 'pglite.tar.gz'), Buffer.from(await dump.arrayBuffer()))
    await engine.close()
    release()
  }
  if (filesDir && existsSync(filesDir)) cpSync(filesDir, path.join(dir, 'files'), { recursive: true })
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ database: config.kind, files: filesDir ? 'files' : 's3', at: new Date().toISOString() }, null, 2))
  console.log(`Backup written to ${dir}`)
}

async function restore() {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { database: string }
  if (manifest.database !== config.kind) {
    console.error(`This backup is of a ${manifest.database} database; the configuration names ${config.kind}.`)
    process.exit(1)
  }
  if (config.kind === 'postgresql') {
    postgres('pg_restore', ['--clean', '--if-exists', '--no-owner', `--dbname=${config.url}`, path.join(dir, 'database.dump')])
  } else {
    const release = lockDataDir(dataDirOf(config)!)
    rmSync(config.dataDir, { recursive: true, force: true })
    const loaded = new PGlite(config.dataDir, { loadDataDir: new Blob([readFileSync(path.join(dir, 'pglite.tar.gz'))]) })
    await loaded.waitReady
    await loaded.close()
    release()
  }
  if (filesDir && existsSync(path.join(dir, 'files'))) {
    rmSync(filesDir, { recursive: true, force: true })
    cpSync(path.join(dir, 'files'), filesDir, { recursive: true })
  }
  console.log(`Restored from ${dir}`)
}

try {
  await (mode === 'backup' ? backup() : restore())
} catch (error) {
  if (!isStartupError(error)) throw error
  console.error(error.message)
  process.exit(1)
}
