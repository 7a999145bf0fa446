// What both import commands share: the language, the file argument, and a missing file said in one line.
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
