// npm run import:dossiers -- <file.csv>: the same import as the administrators' upload page, from a shell.
// Exit code 0 when every row was stored, 1 when nothing was (the errors are listed by line), 2 on bad usage.
import { readFileSync } from 'node:fs'
import { closeDatabase, database, isStartupError } from '../app/db.server.ts'
import { serverI18n } from '../app/i18n/i18n.server.ts'
import { importDossiers } from '../app/models/dossier-import.server.ts'
import { describeImportError } from '../app/utils/import-errors.ts'

const file = process.argv[2]
const { t } = await serverI18n(process.env.LANGUAGE?.startsWith('en') ? 'en' : 'vi')
if (!file) {
  console.error(t('import.usage'))
  process.exit(2)
}
// A running server holds an embedded DATA_DIR: the import refuses with one line rather than corrupt it.
const { prisma } = await database().catch((error: unknown) => {
  if (!isStartupError(error)) throw error
  console.error(error.message)
  process.exit(1)
})
const result = await importDossiers(prisma, readFileSync(file, 'utf8'))
await closeDatabase()
if (result.ok) {
  console.log(t('import.done', { count: result.imported }))
} else {
  for (const error of result.errors) console.error(describeImportError(error, t))
  console.error(t('import.nothingStored', { count: result.errors.length }))
  process.exit(1)
}
