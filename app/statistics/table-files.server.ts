// Statistics as files in the reader's language: CSV with translated headings and the language's number formats
// (Vietnamese: semicolon-separated, 459.654 and 98,62, as Excel in a Vietnamese locale reads them), XLSX with
// translated headings and real numbers with number formats (ExcelJS).
import ExcelJS from 'exceljs'
import type { TFunction } from 'i18next'
import { formatDate, formatDateTime } from '../domain/format.ts'
import { EXPORT_COLUMNS, type Dimension, type Show } from './domain/dimensions.ts'
import { formatCount } from './domain/format.ts'
import type { Headline } from './domain/indicators.ts'
import { scores } from './domain/scores.ts'
import type { Language } from '../i18n/config.ts'
import type { BehindRow } from './figures.server.ts'

export type Cell = number | string | Date | null
export type Kind = Show | 'text' | 'dateTime'
export interface Table {
  sheet: string
  /** Lines above the table (title, period, agency). */
  caption: string[]
  columns: { header: string; kind: Kind; width?: number }[]
  rows: Cell[][]
  /** Rows written in bold (totals, group headings). */
  bold?: Set<number>
}

const SEPARATOR: Record<Language, string> = { vi: ';', en: ',' }
const LOCALE: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' }

function csvValue(value: Cell, kind: Kind, language: Language): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return kind === 'dateTime' ? formatDateTime(value) : formatDate(value)
  if (typeof value === 'string') return value
  if (kind === 'share') return new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }).format(value * 100)
  if (kind === 'days') return new Intl.NumberFormat(LOCALE[language], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
  return formatCount(value, language)
}

/** A table's heading as written in a file: shares say they are in per cent. */
const heading = (column: Table['columns'][number]) => (column.kind === 'share' ? `${column.header} (%)` : column.header)

export function tableCsv(table: Table, language: Language): string {
  const cell = (text: string) => `"${text.replace(/"/g, '""')}"`
  const lines = [
    ...table.caption.map((line) => cell(line)),
    table.columns.map((c) => cell(heading(c))).join(SEPARATOR[language]),
    ...table.rows.map((row) => row.map((value, i) => cell(csvValue(value, table.columns[i]!.kind, language))).join(SEPARATOR[language])),
  ]
  // A byte-order mark so spreadsheet programs read Vietnamese correctly.
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

const NUMBER_FORMATS: Record<Kind, string | undefined> = { count: '#,##0', amount: '#,##0', share: '0.00%', days: '0.00', text: undefined, dateTime: 'dd/mm/yyyy hh:mm' }

export async function tablesXlsx(tables: Table[], creator: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  book.creator = creator
  for (const table of tables) {
    const sheet = book.addWorksheet(table.sheet.slice(0, 31), { views: [{ state: 'frozen', xSplit: 2, ySplit: table.caption.length + 1 }] })
    for (const line of table.caption) sheet.addRow([line]).font = { bold: true }
    const head = sheet.addRow(table.columns.map(heading))
    head.font = { bold: true }
    head.alignment = { wrapText: true, vertical: 'top' }
    table.columns.forEach((column, i) => {
      const col = sheet.getColumn(i + 1)
      col.width = column.width ?? (column.kind === 'text' ? 36 : 14)
      const format = NUMBER_FORMATS[column.kind]
      if (format) col.numFmt = format
    })
    table.rows.forEach((row, i) => {
      // Times are stored in UTC; a spreadsheet shows them as written, so they are written in Vietnam's time.
      const added = sheet.addRow(row.map((value) => (value instanceof Date ? new Date(value.getTime() + 7 * 3600_000) : value)))
      if (table.bold?.has(i)) added.font = { bold: true }
    })
  }
  return new Uint8Array(await book.xlsx.writeBuffer())
}

type Group = Headline & { key: string; label: string }

/** The dashboard's table of a cut, every figure, and its total row. */
export function figuresTable(input: { caption: string[]; dimension: Dimension; groups: Group[]; total: Group }, t: TFunction): Table {
  const label = (g: Group) => (input.dimension === 'channel' ? t(`channel.${g.key}`) : g.label)
  const rows = [...input.groups, input.total].map((g, i) => [
    i === input.groups.length ? '' : g.key,
    i === input.groups.length ? t('dashboard.total') : label(g),
    ...EXPORT_COLUMNS.map(([name]) => g[name]),
  ])
  return {
    sheet: t('dashboard.sheet'),
    caption: input.caption,
    columns: [
      { header: t('dashboard.code'), kind: 'text', width: 16 },
      { header: t(`dashboard.dimensions.${input.dimension}`), kind: 'text', width: 40 },
      ...EXPORT_COLUMNS.map(([name, kind]) => ({ header: t(`dashboard.columns.${name}`), kind })),
    ],
    rows,
    bold: new Set([rows.length - 1]),
  }
}

/** Decision 766 group scores of the total. */
export function scoresTable(total: Headline, t: TFunction): Table {
  const result = scores(total)
  return {
    sheet: t('dashboard.scores.sheet'),
    caption: [],
    columns: [
      { header: t('dashboard.scores.group'), kind: 'text' },
      { header: t('dashboard.scores.points'), kind: 'days' },
      { header: t('dashboard.scores.max'), kind: 'count' },
    ],
    rows: [...result.groups.map((g) => [t(`dashboard.scores.groups.${g.group}`), g.points, g.max]), [t('dashboard.total'), result.total, result.max]],
    bold: new Set([result.groups.length]),
  }
}

/** The dossiers behind a figure. */
export function dossierListTable(caption: string[], rows: BehindRow[], t: TFunction): Table {
  const names = ['code', 'procedure', 'agency', 'channel', 'status', 'receivedAt', 'dueAt', 'decidedAt', 'verdict'] as const
  const kinds: Record<(typeof names)[number], Kind> = {
    code: 'text',
    procedure: 'text',
    agency: 'text',
    channel: 'text',
    status: 'text',
    receivedAt: 'dateTime',
    dueAt: 'dateTime',
    decidedAt: 'dateTime',
    verdict: 'text',
  }
  return {
    sheet: t('dashboard.drilldown'),
    caption,
    columns: names.map((name) => ({ header: t(`dashboard.columnsList.${name}`), kind: kinds[name], width: name === 'procedure' || name === 'agency' ? 40 : name === 'code' ? 28 : 16 })),
    rows: rows.map((r) => [
      r.code,
      r.procedure,
      r.agency,
      t(`channel.${r.channel}`),
      t(`dossierStatus.${r.status}`),
      r.receivedAt,
      r.dueAt,
      r.decidedAt,
      r.verdict ? t(`dashboard.verdicts.${r.verdict}`) : t('dashboard.verdicts.open'),
    ]),
  }
}
