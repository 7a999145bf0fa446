// The rows of an import file, read as a stream whatever its shape: CSV in any of the encodings people have
// (domain/imports/decode.ts), comma or semicolon separated, or an XLSX workbook's first sheet (ExcelJS's
// streaming reader). Rows come in batches with their line (CSV) or row (XLSX) number, so a file of 500,000
// rows is never held whole.
import { createHash } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { Readable } from 'node:stream'
import ExcelJS from 'exceljs'
import { CsvParser, type CsvRecord } from '../domain/imports/csv.ts'
import { detectEncoding, TextDecoderStream } from '../domain/imports/decode.ts'

export interface ImportSource {
  name: string
  size: number
  /** The rows in batches; `onBytes` hears how many bytes have been read so far. */
  batches(onBytes?: (read: number) => void): AsyncIterable<CsvRecord[]>
  sha256(): Promise<string>
}

const open = (bytes: Uint8Array | null, path: string | null) => (bytes ? Readable.from([Buffer.from(bytes)]) : createReadStream(path!, { highWaterMark: 1 << 20 }))

function source(name: string, size: number, bytes: Uint8Array | null, path: string | null, head: Uint8Array): ImportSource {
  const isXlsx = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04
  return {
    name,
    size,
    batches: (onBytes) => (isXlsx ? xlsxBatches(open(bytes, path), onBytes) : csvBatches(open(bytes, path), onBytes)),
    async sha256() {
      const hash = createHash('sha256')
      for await (const chunk of open(bytes, path)) hash.update(chunk as Buffer)
      return hash.digest('hex')
    },
  }
}

/** A file on disk; a missing one throws a `MissingFileError`. */
export async function fileSource(path: string): Promise<ImportSource> {
  let size: number
  try {
    size = statSync(path).size
  } catch {
    throw new MissingFileError(path)
  }
  const head = new Uint8Array(4)
  const stream = createReadStream(path, { start: 0, end: 3 })
  let offset = 0
  for await (const chunk of stream) {
    head.set(chunk as Buffer, offset)
    offset += (chunk as Buffer).length
  }
  return source(path.split('/').at(-1) ?? path, size, null, path, head)
}

/** Bytes already in memory (an upload). */
export function bytesSource(name: string, bytes: Uint8Array): ImportSource {
  return source(name, bytes.length, bytes, null, bytes.subarray(0, 4))
}

export class MissingFileError extends Error {
  constructor(readonly path: string) {
    super(`No such file: ${path}`)
  }
}

const BATCH = 2000

async function* csvBatches(stream: Readable, onBytes?: (read: number) => void): AsyncIterable<CsvRecord[]> {
  const parser = new CsvParser()
  let decoder: TextDecoderStream | null = null
  let read = 0
  const batch: CsvRecord[] = []
  for await (const chunk of stream) {
    const bytes = chunk as Buffer
    read += bytes.length
    decoder ??= new TextDecoderStream(detectEncoding(bytes.subarray(0, 64 * 1024)))
    batch.push(...parser.push(decoder.write(bytes)))
    onBytes?.(read)
    while (batch.length >= BATCH) yield batch.splice(0, BATCH)
  }
  batch.push(...parser.push(decoder?.end() ?? ''), ...parser.end())
  while (batch.length) yield batch.splice(0, BATCH)
}

/** An XLSX cell as the text a CSV would hold: dates as dd/mm/yyyy hh:mm (Excel keeps wall-clock time). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) {
    const [date, time] = value.toISOString().split('T') as [string, string]
    const [y, m, d] = date.split('-')
    const hm = time.slice(0, 5)
    return `${d}/${m}/${y}${hm === '00:00' ? '' : ` ${hm}`}`
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('')
    if ('text' in value) return String(value.text)
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    return ''
  }
  if (typeof value === 'boolean') return value ? '1' : '0'
  return String(value)
}

async function* xlsxBatches(stream: Readable, onBytes?: (read: number) => void): AsyncIterable<CsvRecord[]> {
  let read = 0
  stream.on('data', (chunk: Buffer) => onBytes?.((read += chunk.length)))
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(stream, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'emit' })
  const batch: CsvRecord[] = []
  let width = 0
  for await (const sheet of reader) {
    for await (const row of sheet) {
      // Row values are 1-based; the header fixes how many columns each row has.
      const values = (row.values as ExcelJS.CellValue[]).slice(1)
      if (row.number === 1) width = values.length
      const fields = Array.from({ length: Math.max(width, values.length) }, (_, i) => cellText(values[i]).trim())
      while (fields.length > width && fields.at(-1) === '') fields.pop()
      if (fields.some((f) => f !== '')) batch.push({ line: row.number, fields })
      if (batch.length >= BATCH) yield batch.splice(0, BATCH)
    }
    // The first sheet only.
    break
  }
  if (batch.length) yield batch
}
