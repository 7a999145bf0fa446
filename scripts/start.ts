// `npm start`: build when stale, migrate and seed, then serve on PORT (default 3000).
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ServerBuild } from '@remix-run/node'
import { createApp } from '../server/app.ts'
import { buildIfStale, SERVER_BUILD } from './build-if-stale.ts'
import { setup } from './setup.ts'

process.env.NODE_ENV ??= 'production'
buildIfStale()
// Setup closes its connection before the server opens its own: PGlite allows one owner of the directory.
await setup()
const build = (await import(pathToFileURL(SERVER_BUILD).href)) as ServerBuild
const port = Number(process.env.PORT ?? 3000)
const host = process.env.HOST ?? '0.0.0.0'
const server = createApp(build, path.resolve('build/client')).listen(port, host, () => {
  console.log(`Portal running at http://localhost:${port}`)
})

/** entry.server re-exports closeDatabase so PGlite can checkpoint before the process ends. */
async function shutdown() {
  server.close()
  const entry = build.entry.module as { closeDatabase?: () => Promise<void> }
  await entry.closeDatabase?.()
  process.exit(0)
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
