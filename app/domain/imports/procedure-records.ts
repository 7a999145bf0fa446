// The procedure catalogue from the national procedures database's export (format: docs/import/procedures.md):
// each row is checked like a dossier record, with the line and column of every problem; message keys under
// import.errors.*.
import type { CsvRecord } from './csv.ts'
import type { ImportError } from './import-error.ts'
import { readHeader, yesNo } from './header.ts'

export const PROCEDURE_COLUMNS = [
  'code',
  'name',
  'field_code',
  'field_name',
  'level',
  'agency_codes',
  'online_level',
  'time_limit',
  'time_limit_unit',
  'fees',
  'documents',
  'legal_basis',
  'national_portal',
  'applicants',
  'result',
] as const
const REQUIRED = ['code', 'name', 'field_code', 'level', 'agency_codes', 'online_level', 'time_limit', 'time_limit_unit'] as const
type Column = (typeof PROCEDURE_COLUMNS)[number]

/** What the export writes, in Vietnamese or as codes, for each value we keep. */
const LEVELS: Record<string, string> = {
  province: 'PROVINCE',
  'cấp tỉnh': 'PROVINCE',
  tỉnh: 'PROVINCE',
  district: 'DISTRICT',
  'cấp huyện': 'DISTRICT',
  huyện: 'DISTRICT',
  commune: 'COMMUNE',
  'cấp xã': 'COMMUNE',
  xã: 'COMMUNE',
}
const ONLINE: Record<string, 'FULL' | 'PARTIAL' | 'NONE'> = {
  full: 'FULL',
  'toàn trình': 'FULL',
  'dvc trực tuyến toàn trình': 'FULL',
  'mức độ 4': 'FULL',
  partial: 'PARTIAL',
  'một phần': 'PARTIAL',
  'dvc trực tuyến một phần': 'PARTIAL',
  'mức độ 3': 'PARTIAL',
  none: 'NONE',
  không: 'NONE',
  'thông tin': 'NONE',
  'mức độ 2': 'NONE',
}
const UNITS: Record<string, 'WORKING_DAY' | 'CALENDAR_DAY'> = {
  working_day: 'WORKING_DAY',
  'ngày làm việc': 'WORKING_DAY',
  calendar_day: 'CALENDAR_DAY',
  ngày: 'CALENDAR_DAY',
  'ngày theo lịch': 'CALENDAR_DAY',
}

export interface ImportedProcedure {
  line: number
  code: string
  name: string
  fieldCode: string
  fieldName: string | null
  level: string
  /** Agency codes, or '*' for every agency of the level. */
  agencyCodes: string[] | '*'
  onlineLevel: 'FULL' | 'PARTIAL' | 'NONE'
  timeLimit: number
  timeLimitUnit: 'WORKING_DAY' | 'CALENDAR_DAY'
  fees: { kind: 'FEE' | 'CHARGE'; name: string; amount: number }[]
  documents: string[]
  legalBasis: string
  nationalPortal: boolean
  applicants: string
  result: string
}

export interface CatalogueKnown {
  field: (code: string) => boolean
  level: (code: string) => boolean
  agency: (code: string) => boolean
}

const list = (value: string) =>
  value
    .split(/[|\n]/)
    .map((item) => item.trim())
    .filter(Boolean)

/** Reads and checks every row; a field not yet known needs its name (it is then created). */
export function readProcedureRecords(records: CsvRecord[], known: CatalogueKnown): { procedures: ImportedProcedure[]; errors: ImportError[] } {
  const [header, ...rows] = records
  if (!header) return { procedures: [], errors: [{ line: 1, column: null, message: 'empty' }] }
  const { names, errors } = readHeader(header, PROCEDURE_COLUMNS, REQUIRED)
  if (errors.length) return { procedures: [], errors }
  if (rows.length === 0) return { procedures: [], errors: [{ line: header.line, column: null, message: 'empty' }] }
  const seen = new Map<string, number>()
  const procedures: ImportedProcedure[] = []
  for (const row of rows) {
    const before = errors.length
    const fail = (column: Column | null, message: string, params?: ImportError['params']) => errors.push({ line: row.line, column, message, ...(params && { params }) })
    if (row.fields.length !== names.length) {
      fail(null, 'fieldCount', { expected: names.length, found: row.fields.length })
      continue
    }
    const cell = (column: Column) => (row.fields[names.indexOf(column)] ?? '').trim().normalize('NFC')
    const required = (column: Column) => {
      const value = cell(column)
      if (!value) fail(column, 'required')
      return value
    }
    const mapped = <T extends string>(column: Column, table: Record<string, T>): T | null => {
      const value = required(column)
      if (!value) return null
      const found = table[value.toLowerCase()] ?? (Object.values(table).includes(value.toUpperCase() as T) ? (value.toUpperCase() as T) : null)
      if (!found) fail(column, 'oneOf', { value, allowed: [...new Set(Object.values(table))].join(', ') })
      return found
    }

    const code = required('code')
    if (code && seen.has(code)) fail('code', 'duplicateInFile', { line: seen.get(code)! })
    if (code && !seen.has(code)) seen.set(code, row.line)
    const name = required('name')
    if (name.length > 500) fail('name', 'tooLong', { max: 500 })
    const fieldCode = required('field_code')
    const fieldName = cell('field_name') || null
    if (fieldCode && !known.field(fieldCode) && !fieldName) fail('field_code', 'unknownField', { value: fieldCode })
    const level = mapped('level', LEVELS)
    if (level && !known.level(level)) fail('level', 'unknownLevel', { value: level })
    const agencyText = required('agency_codes')
    const agencyCodes = agencyText === '*' ? '*' : list(agencyText.replace(/;/g, '|'))
    if (agencyCodes !== '*') for (const agency of agencyCodes.filter((a) => !known.agency(a))) fail('agency_codes', 'unknownAgency', { value: agency })
    const onlineLevel = mapped('online_level', ONLINE)
    const limitText = required('time_limit').replace(',', '.')
    const timeLimit = Number(limitText)
    if (limitText && (!/^\d+(\.\d+)?$/.test(limitText) || timeLimit > 365)) fail('time_limit', 'timeLimit', { value: cell('time_limit') })
    const timeLimitUnit = mapped('time_limit_unit', UNITS)
    const fees: ImportedProcedure['fees'] = []
    for (const item of list(cell('fees'))) {
      const [feeName, amountText] = item.split('=').map((part) => part.trim())
      const amount = Number((amountText ?? '').replace(/[.\s]/g, ''))
      if (!feeName || !amountText || !Number.isInteger(amount) || amount < 0) fail('fees', 'fee', { value: item })
      else fees.push({ kind: /^lệ phí/i.test(feeName) ? 'CHARGE' : 'FEE', name: feeName, amount })
    }
    const portal = yesNo(cell('national_portal'))
    if (portal === null) fail('national_portal', 'yesNo', { value: cell('national_portal') })
    if (errors.length === before) {
      procedures.push({
        line: row.line,
        code,
        name,
        fieldCode,
        fieldName,
        level: level!,
        agencyCodes,
        onlineLevel: onlineLevel!,
        timeLimit,
        timeLimitUnit: timeLimitUnit!,
        fees,
        documents: list(cell('documents')),
        legalBasis: cell('legal_basis'),
        nationalPortal: portal ?? false,
        applicants: cell('applicants'),
        result: cell('result'),
      })
    }
  }
  return { procedures, errors }
}
