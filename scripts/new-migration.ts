// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that brings the existing
// migrations up to prisma/schema.prisma. Usage: npm run db:migrate:new -- <name>
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync, existsSync } from 'node:fs'
import path from 'node:path'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:migrate:new -- <name_in_snake_case>')
  process.exit(2)
}
const dir = 'prisma/migrations'
const from = existsSync(dir) ? ['--from-migrations', dir] : ['--from-empty']
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: '/bin/true', PRISMA_QUERY_ENGINE_LIBRARY: '/bin/true' }
const sql = execFileSync('npx', ['prisma', 'migrate', 'diff', ...from, '--to-schema-datamodel', 'prisma/schema.prisma', '--script'], { env, encoding: 'utf8' })
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log('The schema matches the migrations: nothing to write.')
  process.exit(0)
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
const target = path.join(dir, `${stamp}_${name}`)
mkdirSync(target, { recursive: true })
writeFileSync(path.join(target, 'migration.sql'), sql)
console.log(`Wrote ${target}/migration.sql`)
