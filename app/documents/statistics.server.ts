// The dashboard's table as files: CSV with stable column names for other systems, XLSX with translated
// headings and real number formats for people (ExcelJS).
import ExcelJS from 'exceljs'
import type { TFunction } from 'i18next'
import { EXPORT_COLUMNS } from '../domain/statistics/dimensions.ts'
import type { Headline } from '../domain/statistics/indicators.ts'
import { scores } from '../domain/statistics/scores.ts'

type Group = Headline & { key: string; label: string }
export interface StatisticsTable {
  periodKey: string
  dimension: string
  groups: Group[]
  total: Group
}

const SHARES = new Set<string>(['onlineShare', 'onTimeRate', 'paidOnlineShare', 'satisfactionShare', 'digitisedShare'])

function rows(table: StatisticsTable) {
  return [...table.groups, table.total].map((g) => [g.key, g.label, ...EXPORT_COLUMNS.map((c) => g[c])])
}

export function statisticsCsv(table: StatisticsTable): string {
  const cell = (value: unknown) => `"${String(value ?? '').replace(/"/g, '""')}"`
  const lines = [[table.dimension, 'label', ...EXPORT_COLUMNS], ...rows(table)].map((row) => row.map(cell).join(','))
  // A byte-order mark so spreadsheet programs read Vietnamese correctly.
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export async function statisticsXlsx(table: StatisticsTable, t: TFunction): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  book.creator = t('site.name')
  const sheet = book.addWorksheet(t('dashboard.sheet'), { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] })
  sheet.columns = [
    { header: t('dashboard.code'), width: 14 },
    { header: t(`dashboard.dimensions.${table.dimension}`), width: 40 },
    ...EXPORT_COLUMNS.map((c) => ({ header: t(`dashboard.columns.${c}`), width: 14, style: { numFmt: SHARES.has(c) ? '0.0%' : c === 'averageProcessingDays' ? '0.0' : '#,##0' } })),
  ]
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' }
  for (const row of rows(table)) sheet.addRow(row.map((value) => value ?? null))
  sheet.lastRow!.font = { bold: true }

  const scoreSheet = book.addWorksheet(t('dashboard.scores.sheet'))
  scoreSheet.columns = [{ header: t('dashboard.scores.group'), width: 36 }, { header: t('dashboard.scores.points'), width: 12 }, { header: t('dashboard.scores.max'), width: 12 }]
  scoreSheet.getRow(1).font = { bold: true }
  const result = scores(table.total)
  for (const g of result.groups) scoreSheet.addRow([t(`dashboard.scores.groups.${g.group}`), g.points, g.max])
  scoreSheet.addRow([t('dashboard.total'), result.total, result.max]).font = { bold: true }
  return new Uint8Array(await book.xlsx.writeBuffer())
}
