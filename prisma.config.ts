// Prisma CLI configuration. The CLI is used only to generate the client and to write new migrations
// (`npm run db:migrate:new -- <name>`); migrations are applied by our own runner (app/db/migrate.server.ts,
// see docs/decisions/002-migrations.md). Prisma 6.19's JavaScript engine diffs the schema against an
// in-memory PGlite, so no native engine is downloaded.
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { defineConfig } from 'prisma/config'

process.env.DATABASE_URL ??= 'postgresql://embedded/pglite'

/** pglite-prisma-adapter 0.6.1 does not await scripts (bad SQL would pass as applied): await `exec`. */
function awaitingScripts(factory: PrismaPGlite, client: PGlite) {
  const wrap = async <T extends { executeScript(script: string): Promise<void> }>(conn: T) => {
    conn.executeScript = async (script: string) => {
      await client.exec(script)
    }
    return conn
  }
  return Object.assign(factory, {
    connect: () => PrismaPGlite.prototype.connect.call(factory).then(wrap),
  })
}

let shared: Promise<PrismaPGlite> | undefined

export default defineConfig({
  schema: 'prisma/schema.prisma',
  engine: 'js',
  experimental: { adapter: true },
  adapter: () => {
    shared ??= (async () => {
      const client = new PGlite()
      const factory = awaitingScripts(new PrismaPGlite(client), client)
      const shadow = new PGlite()
      factory.connectToShadowDb = async () => {
        const conn = await new PrismaPGlite(shadow).connect()
        conn.executeScript = async (script: string) => {
          await shadow.exec(script)
        }
        return conn
      }
      return factory
    })()
    return shared
  },
})
