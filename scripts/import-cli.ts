// What both import commands share: the language, the file argument, a missing file said in one line, and a
// database held by a running server refused in one line.
import { database, isStartupError } from '../app/db.server.ts'
import { serverI18n } from '../app/i18n/i18n.server.ts'
import { fileSource, MissingFileError } from '../app/models/import-source.server.ts'

/** The translator and the file named on the command line; exits 2 with one line when it is absent or missing. */
export async function commandInput(usageKey: string) {
  const { t } = await serverI18n(process.env.LANGUAGE?.startsWith('en') ? 'en' : 'vi')
  const file = process.argv[2]
  if (!file) {
    console.error(t(usageKey))
    process.exit(2)
  }
  try {
    return { t, source: await fileSource(file) }
  } catch (error) {
    if (!(error instanceof MissingFileError)) throw error
    console.error(t('imports.missingFile', { path: file }))
    process.exit(2)
  }
}

/** The database, or one line and exit 1 when it cannot be opened (a running server holds the embedded DATA_DIR). */
export async function commandDatabase() {
  try {
    return await database()
  } catch (error) {
    if (!isStartupError(error)) throw error
    console.error(error.message)
    process.exit(1)
  }
}
