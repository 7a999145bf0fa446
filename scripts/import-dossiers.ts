// npm run import:dossiers -- <file.csv|file.xlsx>: the same import as the administrators' upload page, from a
// shell, with a progress bar. Exit code 0 when every row was stored, 1 when nothing was (every problem is
// listed by line), 2 on bad usage or a missing file (one line, no trace).
import { closeDatabase } from '../app/db.server.ts'
import { importDossiers } from '../app/models/dossier-import.server.ts'
import { describeImportError } from '../app/utils/import-errors.ts'
import { commandDatabase, commandInput } from './import-cli.ts'
import { progressBar } from './progress.ts'

const { t, source } = await commandInput('import.usage')
const { prisma } = await commandDatabase()
const bar = progressBar()
const result = await importDossiers(prisma, source, {
  onProgress: (p) =>
    p.phase === 'checking'
      ? bar.show(p.size ? p.bytes / p.size : 0, t('imports.checking', { rows: p.checked.toLocaleString(t('imports.locale')) }))
      : bar.show(p.total ? p.stored / p.total : 1, t('imports.storing', { stored: p.stored.toLocaleString(t('imports.locale')), total: p.total.toLocaleString(t('imports.locale')) })),
  onProblem: (problem) => bar.print(describeImportError(problem, t)),
})
bar.done()
await closeDatabase()
if (result.ok) {
  if (result.resumedAfter) console.log(t('imports.resumed', { count: result.resumedAfter }))
  console.log(t('import.done', { count: result.imported }))
} else {
  console.error(t('import.nothingStored', { count: result.total }))
  process.exit(1)
}
