// One process per embedded database. Two processes that open one PGlite directory each keep their own copy
// in memory and silently lose each other's acknowledged writes, so DATA_DIR carries a lock file naming its
// holder, the way PostgreSQL's postmaster.pid does: created exclusively, taken over only when the process it
// names is gone. Within one process the lock is counted (start-up, the server and its jobs each open it).
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { hostname } from 'node:os'
import path from 'node:path'
import { describeFsError } from './fs-errors.ts'

export class DataDirLockedError extends Error {}

interface Holder {
  pid: number
  command: string
  host: string
  since: string
}

export const LOCK_FILE = 'portal.lock'

// Shared by every copy of this module in the process (the tsx scripts and the server build each load one).
const KEY = Symbol.for('portal.dataDirLocks')
const held: Map<string, number> = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Map<string, number>

function alive(pid: number) {
  if (pid === process.pid || pid === process.ppid) return false // a stale file from an earlier life of this container
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readHolder(file: string): Holder | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Holder
  } catch {
    return null // half-written or unreadable: no live holder can be named
  }
}

function describeHolder(dir: string, holder: Holder) {
  return (
    `DATA_DIR ${dir} is in use by process ${holder.pid} (${holder.command}) on ${holder.host} since ${holder.since}: ` +
    `stop it first (one process per embedded database; several processes need DATABASE_URL).`
  )
}

function create(file: string) {
  const holder: Holder = { pid: process.pid, command: [path.basename(process.argv[1] ?? 'node'), ...process.argv.slice(2)].join(' '), host: hostname(), since: new Date().toISOString() }
  mkdirSync(path.dirname(file), { recursive: true })
  const fd = openSync(file, 'wx')
  try {
    writeSync(fd, JSON.stringify(holder))
  } finally {
    closeSync(fd)
  }
}

/** Takes (or counts again) the lock on `dir`; returns its release. Throws DataDirLockedError with one line. */
export function lockDataDir(dir: string): () => void {
  const absolute = path.resolve(dir)
  const file = path.join(absolute, LOCK_FILE)
  const count = held.get(file) ?? 0
  if (count === 0) {
    for (let attempt = 0; ; attempt++) {
      try {
        create(file)
        break
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new DataDirLockedError(describeFsError(error, absolute))
        const holder = readHolder(file)
        if (holder && alive(holder.pid)) throw new DataDirLockedError(describeHolder(absolute, holder))
        if (attempt > 2) throw new DataDirLockedError(`DATA_DIR ${absolute}: cannot take over the stale lock file ${file}; remove it by hand.`)
        unlinkSync(file)
      }
    }
    process.once('exit', () => held.has(file) && unlinkQuietly(file))
  }
  held.set(file, count + 1)
  let released = false
  return () => {
    if (released) return
    released = true
    const left = (held.get(file) ?? 1) - 1
    if (left > 0) return void held.set(file, left)
    held.delete(file)
    unlinkQuietly(file)
  }
}

function unlinkQuietly(file: string) {
  try {
    unlinkSync(file)
  } catch {
    // already gone
  }
}
