// Historical dossier records from a province's previous one-stop system (format: docs/import-dossiers.md).
// Every row is checked before anything is stored; errors name the line and the column, with a message key
// from locales (import.errors.*).
import type { CsvRecord } from './csv.ts'
import type { ImportError } from './import-error.ts'
import { readHeader, yesNo } from './header.ts'

export const IMPORT_COLUMNS = [
  'code',
  'procedure_code',
  'agency_code',
  'channel',
  'status',
  'received_at',
  'due_at',
  'resolved_at',
  'returned_at',
  'closed_at',
  'outcome',
  'supplement_count',
  'fee',
  'paid_online',
  'amount_paid',
  'rating',
  'digitised',
  'applicant_name',
] as const
const REQUIRED = ['code', 'procedure_code', 'agency_code', 'channel', 'status', 'received_at'] as const
type Column = (typeof IMPORT_COLUMNS)[number]

const CHANNELS = ['ONLINE', 'COUNTER', 'SUPPORT_POINT'] as const
const STATUSES = ['RECEIVED', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED', 'RESOLVED', 'RESULT_RETURNED', 'WITHDRAWN', 'STOPPED'] as const
const DECIDED = new Set<string>(['RESOLVED', 'RESULT_RETURNED'])
const CLOSED = new Set<string>(['WITHDRAWN', 'STOPPED'])

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
  /** When it was withdrawn or stopped. */
  closedAt: Date | null
  outcome: 'APPROVED' | 'REFUSED' | null
  supplementCount: number
  feeAmount: number
  paidOnline: number
  rating: number | null
  digitised: boolean
  applicantName: string | null
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

export type RowResult = { code: string; dossier: ImportedDossier; errors?: undefined } | { code: string; dossier?: undefined; errors: ImportError[] }

export interface Known {
  procedure: (code: string) => boolean
  agency: (code: string) => boolean
}

/**
 * A reader of one file's rows after its header: checks each row as it comes (duplicates within the file
 * included) and gives the dossier or the row's problems. Codes already stored are checked by the caller, a
 * batch of rows at a time.
 */
export function dossierReader(header: CsvRecord | undefined, known: Known, now = new Date()) {
  if (!header) return { headerErrors: [{ line: 1, column: null, message: 'empty' }] as ImportError[], read: (_row: CsvRecord): RowResult => ({ code: '', errors: [] }) }
  const { names, errors: headerErrors } = readHeader(header, IMPORT_COLUMNS, REQUIRED)
  const seen = new Map<string, number>()

  const read = (row: CsvRecord): RowResult => {
    const errors: ImportError[] = []
    const fail = (column: Column | null, message: string, params?: ImportError['params']) => errors.push({ line: row.line, column, message, ...(params && { params }) })
    if (row.fields.length !== names.length) {
      fail(null, 'fieldCount', { expected: names.length, found: row.fields.length })
      return { code: '', errors }
    }
    const cell = (column: Column) => (row.fields[names.indexOf(column)] ?? '').trim().normalize('NFC')
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
      // What happened cannot be in the future; a due date of a dossier still in progress can.
      else if (parsed > now && column !== 'due_at') fail(column, 'future', { value })
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
      const value = yesNo(cell(column))
      if (value === null) fail(column, 'yesNo', { value: cell(column) })
      return value ?? false
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
    if (code && !seen.has(code)) seen.set(code, row.line)
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
    const closedAt = date('closed_at')
    for (const [column, value] of [
      ['due_at', dueAt],
      ['resolved_at', resolvedAt],
      ['returned_at', returnedAt],
      ['closed_at', closedAt],
    ] as const) {
      if (value && receivedAt && value < receivedAt) fail(column, 'beforeReceived')
    }
    if (status && DECIDED.has(status)) {
      if (!resolvedAt) fail('resolved_at', 'requiredWhenDecided', { status })
      if (!outcome) fail('outcome', 'requiredWhenDecided', { status })
      // Without the legal due date a decision cannot be judged early, on time or late.
      if (!dueAt && !errors.some((e) => e.column === 'due_at')) fail('due_at', 'requiredWhenDecided', { status })
    } else if (status && (resolvedAt || outcome)) fail(resolvedAt ? 'resolved_at' : 'outcome', 'onlyWhenDecided', { status })
    if (closedAt && status && !CLOSED.has(status)) fail('closed_at', 'onlyWhenClosed', { status })
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
    if (errors.length) return { code, errors }
    return {
      code,
      dossier: {
        line: row.line,
        code,
        procedureCode,
        agencyCode,
        channel: channel!,
        status: status!,
        receivedAt: receivedAt!,
        dueAt,
        resolvedAt,
        returnedAt,
        closedAt,
        outcome,
        supplementCount,
        feeAmount,
        paidOnline: paid ? amountPaid : 0,
        rating,
        digitised,
        applicantName,
      },
    }
  }
  return { headerErrors, read }
}

/** The problem of a row whose code is already stored (checked by the caller). */
export const storedError = (line: number, code: string): ImportError => ({ line, column: 'code', message: 'duplicateStored', params: { value: code } })

/** Reads and checks a whole file's records at once; `known.dossier` says whether a code is already stored. */
export function readDossierRecords(records: CsvRecord[], known: Known & { dossier: (code: string) => boolean }, now = new Date()): { dossiers: ImportedDossier[]; errors: ImportError[] } {
  const [header, ...rows] = records
  const reader = dossierReader(header, known, now)
  if (reader.headerErrors.length) return { dossiers: [], errors: reader.headerErrors }
  if (rows.length === 0) return { dossiers: [], errors: [{ line: header!.line, column: null, message: 'empty' }] }
  const dossiers: ImportedDossier[] = []
  const errors: ImportError[] = []
  for (const row of rows) {
    const result = reader.read(row)
    const stored = result.code && known.dossier(result.code) ? [storedError(row.line, result.code)] : []
    if (result.dossier && !stored.length) dossiers.push(result.dossier)
    else errors.push(...stored, ...(result.errors ?? []))
  }
  return { dossiers, errors }
}
