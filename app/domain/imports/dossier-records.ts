// Historical dossier records from a province's previous one-stop system (format: docs/import-dossiers.md).
// Every row is checked before anything is stored; errors name the line and the column, with a message key
// from locales (import.errors.*).
import type { CsvRecord } from './csv.ts'

export const IMPORT_COLUMNS = [
  'code', 'procedure_code', 'agency_code', 'channel', 'status', 'received_at', 'due_at', 'resolved_at', 'returned_at',
  'outcome', 'supplement_count', 'fee', 'paid_online', 'amount_paid', 'rating', 'digitised', 'applicant_name',
] as const
const REQUIRED = ['code', 'procedure_code', 'agency_code', 'channel', 'status', 'received_at'] as const
type Column = (typeof IMPORT_COLUMNS)[number]

const CHANNELS = ['ONLINE', 'COUNTER', 'SUPPORT_POINT'] as const
const STATUSES = ['RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'RESOLVED', 'RESULT_RETURNED', 'WITHDRAWN', 'STOPPED'] as const
const DECIDED = new Set<string>(['RESOLVED', 'RESULT_RETURNED'])
const YES = new Set(['yes', 'y', '1', 'true', 'có', 'co', 'x'])
const NO = new Set(['no', 'n', '0', 'false', 'không', 'khong', ''])

export interface ImportedDossier {
  line: number
  code: string
  procedureCode: string
  agencyCode: string
  channel: (typeof CHANNELS)[number]
  status: (typeof STATUSES)[number]
  receivedAt: Date
  dueAt: Date | null
  resolvedAt: Date | null
  returnedAt: Date | null
  outcome: 'APPROVED' | 'REFUSED' | null
  supplementCount: number
  feeAmount: number
  paidOnline: number
  rating: number | null
  digitised: boolean
  applicantName: string | null
}

export interface ImportError {
  line: number
  column: string | null
  message: string
  params?: Record<string, string | number>
}

/** 25/12/2024, 25/12/2024 14:30 or 2024-12-25[ 14:30] in Vietnam's time; 2024-12-25T07:30:00Z with a zone. */
export function parseRecordDate(value: string): Date | null {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const instant = new Date(value)
    return Number.isNaN(instant.getTime()) ? null : instant
  }
  const vn = value.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/)
  const iso = value.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/)
  const parts = vn ? [vn[3], vn[2], vn[1], vn[4], vn[5]] : iso ? [iso[1], iso[2], iso[3], iso[4], iso[5]] : null
  if (!parts) return null
  const [y, m, d, hh, mm] = parts.map((p) => Number(p ?? 0)) as [number, number, number, number, number]
  const local = new Date(Date.UTC(y, m - 1, d, hh, mm))
  // 31/02 would roll over into March: refuse it rather than store another day.
  if (local.getUTCFullYear() !== y || local.getUTCMonth() !== m - 1 || local.getUTCDate() !== d || hh > 23 || mm > 59) return null
  return new Date(local.getTime() - 7 * 3600_000)
}

function wholeNumber(value: string, max: number): number | null {
  const digits = value.replace(/[.\s]/g, '')
  if (!/^\d+$/.test(digits)) return null
  const n = Number(digits)
  return n <= max ? n : null
}

/** Reads and checks the records; `known` says whether a procedure, an agency or a dossier code exists. */
export function readDossierRecords(
  records: CsvRecord[],
  known: { procedure: (code: string) => boolean; agency: (code: string) => boolean; dossier: (code: string) => boolean },
  now = new Date(),
): { dossiers: ImportedDossier[]; errors: ImportError[] } {
  const errors: ImportError[] = []
  const [header, ...rows] = records
  if (!header) return { dossiers: [], errors: [{ line: 1, column: null, message: 'empty' }] }
  const names = header.fields.map((f) => f.trim().toLowerCase())
  const missing = REQUIRED.filter((c) => !names.includes(c))
  const unknown = names.filter((n) => !(IMPORT_COLUMNS as readonly string[]).includes(n))
  if (missing.length) errors.push({ line: header.line, column: null, message: 'missingColumns', params: { columns: missing.join(', ') } })
  if (unknown.length) errors.push({ line: header.line, column: null, message: 'unknownColumns', params: { columns: unknown.join(', ') } })
  if (errors.length) return { dossiers: [], errors }
  if (rows.length === 0) return { dossiers: [], errors: [{ line: header.line, column: null, message: 'empty' }] }

  const seen = new Map<string, number>()
  const dossiers: ImportedDossier[] = []
  for (const row of rows) {
    const fail = (column: Column | null, message: string, params?: ImportError['params']) => errors.push({ line: row.line, column, message, ...(params && { params }) })
    if (row.fields.length !== names.length) {
      fail(null, 'fieldCount', { expected: names.length, found: row.fields.length })
      continue
    }
    const cell = (column: Column) => (row.fields[names.indexOf(column)] ?? '').trim().normalize('NFC')
    const before = errors.length
    const required = (column: Column) => {
      const value = cell(column)
      if (!value) fail(column, 'required')
      return value
    }
    const date = (column: Column, isRequired = false) => {
      const value = isRequired ? required(column) : cell(column)
      if (!value) return null
      const parsed = parseRecordDate(value)
      if (!parsed) fail(column, 'date', { value })
      else if (parsed > now) fail(column, 'future', { value })
      return parsed
    }
    const number = (column: Column, max: number) => {
      const value = cell(column)
      if (!value) return 0
      const n = wholeNumber(value, max)
      if (n === null) fail(column, 'number', { value, max })
      return n ?? 0
    }
    const flag = (column: Column) => {
      const value = cell(column).toLowerCase()
      if (YES.has(value)) return true
      if (!NO.has(value)) fail(column, 'yesNo', { value })
      return false
    }
    const oneOf = <T extends string>(column: Column, values: readonly T[], isRequired: boolean): T | null => {
      const value = (isRequired ? required(column) : cell(column)).toUpperCase()
      if (!value) return null
      if (!(values as readonly string[]).includes(value)) fail(column, 'oneOf', { value, allowed: values.join(', ') })
      return (values as readonly string[]).includes(value) ? (value as T) : null
    }

    const code = required('code')
    if (code.length > 60) fail('code', 'tooLong', { max: 60 })
    else if (code && seen.has(code)) fail('code', 'duplicateInFile', { line: seen.get(code)! })
    else if (code && known.dossier(code)) fail('code', 'duplicateStored', { value: code })
    if (code) seen.set(code, seen.get(code) ?? row.line)
    const procedureCode = required('procedure_code')
    if (procedureCode && !known.procedure(procedureCode)) fail('procedure_code', 'unknownProcedure', { value: procedureCode })
    const agencyCode = required('agency_code')
    if (agencyCode && !known.agency(agencyCode)) fail('agency_code', 'unknownAgency', { value: agencyCode })
    const channel = oneOf('channel', CHANNELS, true)
    const status = oneOf('status', STATUSES, true)
    const outcome = oneOf('outcome', ['APPROVED', 'REFUSED'] as const, false)
    const receivedAt = date('received_at', true)
    const dueAt = date('due_at')
    const resolvedAt = date('resolved_at')
    const returnedAt = date('returned_at')
    for (const [column, value] of [['due_at', dueAt], ['resolved_at', resolvedAt], ['returned_at', returnedAt]] as const) {
      if (value && receivedAt && value < receivedAt) fail(column, 'beforeReceived')
    }
    if (status && DECIDED.has(status)) {
      if (!resolvedAt) fail('resolved_at', 'requiredWhenDecided', { status })
      if (!outcome) fail('outcome', 'requiredWhenDecided', { status })
    } else if (status && (resolvedAt || outcome)) fail(resolvedAt ? 'resolved_at' : 'outcome', 'onlyWhenDecided', { status })
    const feeAmount = number('fee', 1_000_000_000)
    const paid = flag('paid_online')
    const amountPaid = number('amount_paid', 1_000_000_000)
    if (paid && amountPaid === 0) fail('amount_paid', 'amountRequired')
    if (!paid && amountPaid > 0) fail('paid_online', 'paidFlag')
    const ratingText = cell('rating')
    const rating = ratingText ? wholeNumber(ratingText, 5) : null
    if (ratingText && !rating) fail('rating', 'rating', { value: ratingText })
    const supplementCount = number('supplement_count', 100)
    const digitised = flag('digitised')
    const applicantName = cell('applicant_name').slice(0, 200) || null

    if (errors.length === before) {
      dossiers.push({
        line: row.line, code, procedureCode, agencyCode, channel: channel!, status: status!, receivedAt: receivedAt!, dueAt, resolvedAt, returnedAt, outcome,
        supplementCount, feeAmount, paidOnline: paid ? amountPaid : 0, rating, digitised, applicantName,
      })
    }
  }
  return { dossiers, errors }
}
