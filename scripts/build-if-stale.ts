// Builds when build/ is missing or older than any source file, so `npm start` on a fresh clone just works.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
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

export function buildIfStale() {
  const built = existsSync(SERVER_BUILD) ? statSync(SERVER_BUILD).mtimeMs : 0
  const source = Math.max(...SOURCES.map(newestMtime))
  if (built >= source) return
  console.log(built ? 'Sources changed since the last build: building…' : 'No build yet: building…')
  execFileSync('node', ['scripts/generate-client.mjs'], { stdio: 'inherit' })
  execFileSync('npx', ['remix', 'vite:build'], { stdio: 'inherit' })
}
