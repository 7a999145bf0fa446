// The portal as its own process (`scripts/start.ts`, the same start-up as `npm start`), for tests and benches
// that must kill it or load it from outside. One node process (tsx as a loader, not its CLI), so a SIGKILL
// reaches the server itself.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
    probe.on('error', reject)
  })
}

export interface ServerProcess {
  baseUrl: string
  child: ChildProcess
  output: () => string
  /** SIGTERM (a clean shutdown) or SIGKILL (a crash); resolves when the process is gone. */
  stop: (signal: 'SIGTERM' | 'SIGKILL') => Promise<void>
}

export async function startServer(env: Record<string, string>, timeoutMs = 120_000): Promise<ServerProcess> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited during start-up:\n${output}`)
    if (Date.now() > deadline) throw new Error(`server did not answer /health in time:\n${output}`)
    const healthy = await fetch(`${baseUrl}/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (healthy) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    baseUrl,
    child,
    output: () => output,
    stop: async (signal) => {
      if (child.exitCode === null) child.kill(signal)
      await exited
    },
  }
}
