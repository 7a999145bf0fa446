// A statistics table answered as a download in the format asked for.
import { tableCsv, tablesXlsx, type Table } from './table-files.server.ts'
import type { Language } from '../i18n/config.ts'
import { attachmentHeaders } from '../utils/download.server.ts'

const TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }
export type TableFormat = keyof typeof TYPES

export function tableFormat(value: string | undefined): TableFormat {
  if (value !== 'csv' && value !== 'xlsx') throw new Response('Not found', { status: 404 })
  return value
}

/** CSV takes the first table; XLSX gives each its sheet. */
export async function tableDownload(format: TableFormat, tables: Table[], fileName: string, language: Language, creator: string) {
  const body = format === 'csv' ? new TextEncoder().encode(tableCsv(tables[0]!, language)) : await tablesXlsx(tables, creator)
  return new Response(new Uint8Array(body), {
    headers: attachmentHeaders({ fileName: `${fileName}.${format}`, contentType: TYPES[format], size: body.length }),
  })
}
