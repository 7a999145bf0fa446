// npm run import:procedures -- <file.csv|file.xlsx>: the procedure catalogue from the national procedures
// database's export, as on the administrators' page. Exit code 0 when stored, 1 when nothing was (every problem
// listed by line), 2 on bad usage or a missing file.
import { closeDatabase, database } from '../app/db.server.ts'
import { serverI18n } from '../app/i18n/i18n.server.ts'
import { fileSource, MissingFileError } from '../app/models/import-source.server.ts'
import { importProcedures } from '../app/models/procedure-import.server.ts'
import { describeImportError } from '../app/utils/import-errors.ts'

const file = process.argv[2]
const { t } = await serverI18n(process.env.LANGUAGE?.startsWith('en') ? 'en' : 'vi')
if (!file) {
  console.error(t('imports.catalogue.usage'))
  process.exit(2)
}
let source
try {
  source = await fileSource(file)
} catch (error) {
  if (!(error instanceof MissingFileError)) throw error
  console.error(t('imports.missingFile', { path: file }))
  process.exit(2)
}
const { prisma } = await database()
const result = await importProcedures(prisma, source)
await closeDatabase()
if (result.ok) {
  console.log(t('imports.catalogue.done', { created: result.created, updated: result.updated }))
} else {
  for (const error of result.errors) console.error(describeImportError(error, t))
  console.error(t('import.nothingStored', { count: result.errors.length }))
  process.exit(1)
}
