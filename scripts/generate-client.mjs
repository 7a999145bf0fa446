// Generates the Prisma client when the schema changed since the last generation (cheap when current).
// Runs after `npm install` and before builds and tests.
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const schema = 'prisma/schema.prisma'
const stamp = 'prisma/generated/.schema-hash'
const hash = createHash('sha256').update(readFileSync(schema)).digest('hex')
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) process.exit(0)

// The CLI must not try to download native engines (no network here): point it at a dummy file.
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true',
  PRISMA_QUERY_ENGINE_LIBRARY: '/bin/true',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  CHECKPOINT_DISABLE: '1',
}
execFileSync('npx', ['prisma', 'generate'], { stdio: 'inherit', env })
writeFileSync(stamp, hash)
