// Operations: a queued job survives a killed process and runs after the restart (PGlite directory and
// PostgreSQL); on the embedded database a second server or the import command refuses DATA_DIR with one
// line naming its holder, and stopping `npm start` (SIGTERM to npm) stops the server and frees DATA_DIR.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { LOCK_FILE } from '~/db/data-dir-lock.server.ts'
import { buildIfStale } from '../../scripts/build-if-stale.ts'
import { createServerDatabase } from '../support/server-database.ts'
import { onPostgres } from './database.ts'

const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-ops-'))
let env: NodeJS.ProcessEnv
let drop: (() => Promise<void>) | undefined
const children: ChildProcess[] = []

beforeAll(async () => {
  env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn' }
  if (onPostgres) {
    const created = await createServerDatabase(process.env.TEST_DATABASE_URL, 'portal_ops')
    env.DATABASE_URL = created.url
    drop = created.drop
  }
})

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL')
  await drop?.()
  rmSync(dataDir, { recursive: true, force: true })
})

/** Starts a process and collects its output; `waitFor` resolves when a line matches. */
function run(command: string, args: string[], extra: Record<string, string> = {}) {
  const child = spawn(command, args, { env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  let output = ''
  const listeners: (() => void)[] = []
  const collect = (chunk: Buffer) => {
    output += chunk
    listeners.forEach((listener) => listener())
  }
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const waitFor = (pattern: RegExp, timeoutMs = 120_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${pattern} in:\n${output}`)), timeoutMs)
      const check = () => pattern.test(output) && (clearTimeout(timer), resolve())
      listeners.push(check)
      check()
    })
  return { child, exited, waitFor, output: () => output }
}

const jobProcess = (mode: string, token = '') => run(process.execPath, ['--import', 'tsx', 'tests/support/job-process.ts', mode, token])

it('runs after a restart a job queued by a process that was killed before it ran', async () => {
  const token = `t${Date.now()}`
  const first = jobProcess('enqueue', token)
  await first.waitFor(/queued/)
  first.child.kill('SIGKILL')
  await first.exited
  expect(first.output()).not.toContain(`ran ${token}`)
  // The killed process's lock is stale: the next one takes DATA_DIR over.
  const second = jobProcess('work')
  await second.waitFor(new RegExp(`ran ${token}`), 60_000)
  second.child.kill('SIGTERM')
  await second.exited
}, 180_000)

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

it.skipIf(onPostgres)(
  'refuses a second process on one DATA_DIR, and stops with npm',
  async () => {
    buildIfStale()
    const port = await freePort()
    const server = run('npm', ['start'], { PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' })
    await server.waitFor(/Portal running/, 180_000)
    const holder = new RegExp(`DATA_DIR ${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is in use by process \\d+ \\(start\\.ts\\)`)

    const secondServer = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { env: { ...env, PORT: String(await freePort()) }, encoding: 'utf8' })
    expect(secondServer.status).toBe(1)
    expect(secondServer.stderr.trim().split('\n')).toHaveLength(1)
    expect(secondServer.stderr).toMatch(holder)

    const importer = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-dossiers.ts', '/dev/null'], { env, encoding: 'utf8' })
    expect(importer.status).toBe(1)
    expect(importer.stderr).toMatch(holder)

    // A supervisor signals the process it started (npm): the server must stop with it and free DATA_DIR.
    server.child.kill('SIGTERM')
    await server.exited
    const deadline = Date.now() + 30_000
    while (
      (await fetch(`http://127.0.0.1:${port}/health`).then(
        () => true,
        () => false,
      )) &&
      Date.now() < deadline
    )
      await new Promise((r) => setTimeout(r, 250))
    expect(
      await fetch(`http://127.0.0.1:${port}/health`).then(
        () => 'still answering',
        () => 'stopped',
      ),
    ).toBe('stopped')
    while (existsSync(path.join(dataDir, LOCK_FILE)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250))
    expect(existsSync(path.join(dataDir, LOCK_FILE))).toBe(false)
  },
  300_000,
)
