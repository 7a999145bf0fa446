// What every import file shares: a header naming the columns (any order), and yes/no cells written either way.
import type { CsvRecord } from './csv.ts'
import type { ImportError } from './import-error.ts'

const YES = new Set(['yes', 'y', '1', 'true', 'có', 'co', 'x'])
const NO = new Set(['no', 'n', '0', 'false', 'không', 'khong', ''])

/** true, false, or null when the cell is neither. */
export function yesNo(value: string): boolean | null {
  const text = value.toLowerCase()
  return YES.has(text) ? true : NO.has(text) ? false : null
}

/** The header's column names, lower-cased, and its problems: required columns missing, unknown ones present. */
export function readHeader(header: CsvRecord, columns: readonly string[], required: readonly string[]): { names: string[]; errors: ImportError[] } {
  const names = header.fields.map((f) => f.trim().toLowerCase())
  const errors: ImportError[] = []
  const missing = required.filter((c) => !names.includes(c))
  const unknown = names.filter((n) => !columns.includes(n))
  if (missing.length) errors.push({ line: header.line, column: null, message: 'missingColumns', params: { columns: missing.join(', ') } })
  if (unknown.length) errors.push({ line: header.line, column: null, message: 'unknownColumns', params: { columns: unknown.join(', ') } })
  return { names, errors }
}
