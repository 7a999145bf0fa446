// Builds when build/ is missing or older than any source file, so `npm start` on a fresh clone just works.
import { execFileSync } from 'node:child_process'
import { closeSync, existsSync, openSync, readdirSync, statSync, unlinkSync } from 'node:fs'
import path from 'node:path'

const SOURCES = ['app', 'locales', 'public', 'server', 'prisma/schema.prisma', 'vite.config.ts', 'remix.config.js', 'package.json']
export const SERVER_BUILD = path.resolve('build/server/index.js')

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0
  const stat = statSync(target)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(target)) {
    if (entry === 'generated' || entry.startsWith('.')) continue
    newest = Math.max(newest, newestMtime(path.join(target, entry)))
  }
  return newest
}

function builtAt() {
  return existsSync(SERVER_BUILD) ? statSync(SERVER_BUILD).mtimeMs : 0
}

const isStale = () => builtAt() < Math.max(...SOURCES.map(newestMtime))
const BUILD_LOCK = path.resolve('build.lock')

/** Waits without spinning (start-up is synchronous here). */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms)

export function buildIfStale() {
  if (!isStale()) return
  // Several processes may start at once (the test suite's server tests): one builds, the others wait for it.
  for (;;) {
    try {
      closeSync(openSync(BUILD_LOCK, 'wx'))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const lock = statSync(BUILD_LOCK, { throwIfNoEntry: false })
      if (lock && Date.now() - lock.mtimeMs > 10 * 60_000) unlinkSync(BUILD_LOCK) // a build that died
      pause(500)
      if (!isStale()) return
    }
  }
  try {
    if (!isStale()) return
    console.log(builtAt() ? 'Sources changed since the last build: building…' : 'No build yet: building…')
    execFileSync('node', ['scripts/generate-client.mjs'], { stdio: 'inherit' })
    execFileSync('npx', ['remix', 'vite:build'], { stdio: 'inherit' })
  } finally {
    unlinkSync(BUILD_LOCK)
  }
}
