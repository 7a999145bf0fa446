// One PGlite instance serves Prisma (in this process) and pg-boss (through pglite-socket). PGlite runs one
// statement at a time but knows nothing of whose transaction is open: the socket server, seeing Prisma's
// interactive transaction open, runs the statements of the connection it served last inside it (they would
// be rolled back with it: a job lost) and holds the others back. pg-boss never leaves a transaction open
// between messages, so the rule is simple: a socket statement runs only while no Prisma transaction is open.
import type { PGlite } from '@electric-sql/pglite'

const RETRY = Symbol('retry')

export function guardPglite(client: PGlite): PGlite {
  let open = 0
  let idle: { promise: Promise<void>; resolve: () => void } | null = null
  const whenIdle = () => (open === 0 ? Promise.resolve() : (idle ??= withResolvers()).promise)

  async function transaction(...args: Parameters<PGlite['transaction']>) {
    open++ // before PGlite queues BEGIN, so a socket statement that gets the engine after this steps back
    try {
      return await client.transaction(...args)
    } finally {
      if (--open === 0 && idle) {
        idle.resolve()
        idle = null
      }
    }
  }

  async function runExclusive<T>(fn: () => Promise<T>): Promise<T> {
    for (;;) {
      await whenIdle()
      const outcome = await client.runExclusive(async () => (open > 0 ? RETRY : { value: await fn() }))
      if (outcome !== RETRY) return outcome.value
    }
  }

  return new Proxy(client, {
    get(target, property) {
      if (property === 'transaction') return transaction
      if (property === 'runExclusive') return runExclusive
      // The socket server's own transaction tracking is for clients that keep one open between messages.
      if (property === 'isInTransaction') return () => false
      const value = Reflect.get(target, property, target) as unknown
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

function withResolvers() {
  let resolve!: () => void
  const promise = new Promise<void>((r) => (resolve = r))
  return { promise, resolve }
}
