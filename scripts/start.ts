// `npm start`: take DATA_DIR, build when stale, migrate and seed, then serve on PORT (default 3000) with the job
// queue beside the server. SIGTERM, SIGINT (Ctrl+C) or the end of the parent (npm) stop it gracefully:
// no new connections, requests in flight and running jobs finish, the database closes, DATA_DIR is released.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ServerBuild } from '@remix-run/node'
import { configFromEnv, dataDirOf } from '../app/db.server.ts'
import { DataDirLockedError, lockDataDir } from '../app/db/data-dir-lock.server.ts'
import { createApp } from '../server/app.ts'
import { buildIfStale, SERVER_BUILD } from './build-if-stale.ts'
import { setup } from './setup.ts'

process.env.NODE_ENV ??= 'production'
/** Longest wait for requests and jobs in flight before the process ends anyway. */
const SHUTDOWN_MS = 25_000

// Held from here to the end, so nothing else opens the embedded database between set-up and serving.
const dataDir = dataDirOf(configFromEnv())
try {
  if (dataDir) lockDataDir(dataDir)
} catch (error) {
  if (!(error instanceof DataDirLockedError)) throw error
  console.error(error.message)
  process.exit(1)
}
buildIfStale()
// Set-up closes its connection before the server opens its own: PGlite allows one owner of the directory.
await setup()
const build = (await import(pathToFileURL(SERVER_BUILD).href)) as ServerBuild
const entry = build.entry.module as unknown as { startBackgroundWork: () => Promise<void>; stopBackgroundWork: () => Promise<void> }
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '0.0.0.0'
const server = createApp(build, path.resolve('build/client')).listen(port, host, () => {
  console.log(`Portal running at http://localhost:${port}`)
})
await entry.startBackgroundWork()

let stopping = false
async function shutdown(reason: string) {
  if (stopping) return
  stopping = true
  console.log(`Stopping (${reason}): finishing requests and jobs in flight…`)
  setTimeout(() => process.exit(1), SHUTDOWN_MS + 5_000).unref()
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  server.closeIdleConnections()
  const forced = setTimeout(() => server.closeAllConnections(), SHUTDOWN_MS)
  await closed
  clearTimeout(forced)
  await entry.stopBackgroundWork()
  process.exit(0)
}
process.on('SIGTERM', () => void shutdown('SIGTERM'))
process.on('SIGINT', () => void shutdown('SIGINT'))
// `npm start` runs this under npm: when npm is stopped (a supervisor signals only the process it started),
// this process is handed to another parent, and stops too rather than keep DATA_DIR and the port.
const parent = process.ppid
setInterval(() => process.ppid !== parent && void shutdown('parent process ended'), 1_000).unref()
