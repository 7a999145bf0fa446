// npm run import:procedures -- <file.csv|file.xlsx>: the procedure catalogue from the national procedures
// database's export, as on the administrators' page. Exit code 0 when stored, 1 when nothing was (every problem
// listed by line), 2 on bad usage or a missing file.
import { closeDatabase } from '../app/db.server.ts'
import { importProcedures } from '../app/models/procedure-import.server.ts'
import { describeImportError } from '../app/utils/import-errors.ts'
import { commandDatabase, commandInput } from './import-cli.ts'

const { t, source } = await commandInput('imports.catalogue.usage')
const { prisma } = await commandDatabase()
const result = await importProcedures(prisma, source)
await closeDatabase()
if (result.ok) {
  console.log(t('imports.catalogue.done', { created: result.created, updated: result.updated }))
} else {
  for (const error of result.errors) console.error(describeImportError(error, t))
  console.error(t('import.nothingStored', { count: result.errors.length }))
  process.exit(1)
}
