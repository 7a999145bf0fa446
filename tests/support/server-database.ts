// Throwaway databases on a PostgreSQL server, for integration tests, the crash test and benches.
import pg from 'pg'

/** A new database on the server of `base` (empty, or a copy of `template`), and how to drop it. */
export async function createServerDatabase(base: string | undefined, prefix: string, template?: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  if (!base) throw new Error('Set the URL of a PostgreSQL server where the role may create databases')
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new pg.Client({ connectionString: base })
  await admin.connect()
  await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: base })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await client.end()
    },
  }
}
