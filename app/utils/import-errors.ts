import type { TFunction } from 'i18next'
import type { ImportError } from '../domain/imports/import-error.ts'

/** "Line 7, column received_at: …" in the reader's language. */
export function describeImportError(error: ImportError, t: TFunction): string {
  const message = t(`import.errors.${error.message}`, { ...error.params })
  return error.column ? t('import.atColumn', { line: error.line, column: error.column, message }) : t('import.atLine', { line: error.line, message })
}
