// Prisma CLI configuration. The CLI is used only to generate the client and to write new migrations
// (`npm run db:migrate:new -- <name>`); migrations are applied by our own runner (app/db/migrate.server.ts,
// see docs/decisions/002-migrations.md). Prisma 6.19's JavaScript engine diffs the schema against an
// in-memory PGlite, so no native engine is downloaded.
import { PGlite } from '@electric-sql/pglite'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { defineConfig } from 'prisma/config'

process.env.DATABASE_URL ??= 'postgresql://embedded/pglite'

type Connection = Awaited<ReturnType<PrismaPGlite['connect']>>

/**
 * pglite-prisma-adapter 0.6.1 does not await scripts (bad SQL would pass as applied), and replaying a
 * multi-statement migration as raw SQL fails as a prepared statement (P3006): both go through `exec`.
 */
function throughExec(conn: Connection, client: PGlite): Connection {
  conn.executeScript = async (script: string) => {
    await client.exec(script)
  }
  const executeRaw = conn.executeRaw.bind(conn)
  conn.executeRaw = async (query) => {
    if (query.args.length > 0) return executeRaw(query)
    const results = await client.exec(query.sql)
    return results.reduce((sum, result) => sum + (result.affectedRows ?? 0), 0)
  }
  return conn
}

let shared: Promise<PrismaPGlite> | undefined

export default defineConfig({
  schema: 'prisma/schema.prisma',
  engine: 'js',
  experimental: { adapter: true },
  adapter: () => {
    shared ??= (async () => {
      const client = new PGlite()
      const shadow = new PGlite()
      const factory = new PrismaPGlite(client)
      factory.connect = async () => throughExec(await PrismaPGlite.prototype.connect.call(factory), client)
      factory.connectToShadowDb = async () => throughExec(await new PrismaPGlite(shadow).connect(), shadow)
      return factory
    })()
    return shared
  },
})
