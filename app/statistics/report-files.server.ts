// The periodic report of administrative-procedure results as files laid out like the official form (ADR 014):
// XLSX with the form's two heading rows merged over their columns, and a landscape A4 PDF (pdfkit, Noto Sans).
import ExcelJS from 'exceljs'
import type { TFunction } from 'i18next'
import { showCalendarDate } from '../domain/calendar/dates.ts'
import { formatCount, formatRate } from './domain/format.ts'
import type { Headline } from './domain/indicators.ts'
import type { Period } from './domain/period.ts'
import { REPORT_COLUMNS, REPORT_GROUPS } from './domain/report.ts'
import type { Language } from '../i18n/config.ts'
import type { PeriodicReport } from './periodic-report.server.ts'
import { openPdf, pdfBytes, TEXT_OPTIONS } from '../documents/pdf.server.ts'

interface Line {
  number: number | null
  label: string
  figures: Headline
  bold: boolean
}
interface Part {
  caption: string
  nameHeading: string
  lines: Line[]
}

/** The report's two tables as numbered lines with their section and total lines. */
function parts(report: PeriodicReport, t: TFunction): Part[] {
  let number = 0
  const byLevel: Line[] = report.sections.flatMap((section) => [
    { number: null, label: section.label, figures: section.subtotal, bold: true },
    ...section.lines.map((line) => ({ number: ++number, label: line.label, figures: line.figures, bold: false })),
  ])
  const byField: Line[] = report.fields.map((line, i) => ({ number: i + 1, label: line.label, figures: line.figures, bold: false }))
  const total = (figures: Headline): Line => ({ number: null, label: t('statistics.report.total'), figures, bold: true })
  return [
    { caption: t('statistics.report.byLevel'), nameHeading: t('statistics.report.agency'), lines: [...byLevel, total(report.total)] },
    { caption: t('statistics.report.byField'), nameHeading: t('statistics.report.field'), lines: [...byField, total(report.fieldTotal)] },
  ]
}

function headerLines(period: Pick<Period, 'firstDay' | 'lastDay' | 'cutOff'>, periodName: string, t: TFunction) {
  // A cut-off period's name already gives its days.
  const range = period.cutOff ? '' : ` — ${t('statistics.report.range', { first: showCalendarDate(period.firstDay), last: showCalendarDate(period.lastDay) })}`
  return {
    title: t('statistics.report.heading').toUpperCase(),
    period: `${periodName}${range}`,
    form: t('statistics.report.form'),
    unit: t('statistics.report.unit'),
  }
}

export async function reportXlsx(report: PeriodicReport, period: Period, periodName: string, t: TFunction): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  book.creator = t('site.name')
  const head = headerLines(period, periodName, t)
  const width = 2 + REPORT_COLUMNS.length
  for (const part of parts(report, t)) {
    const sheet = book.addWorksheet(part.caption.slice(0, 31), { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
    for (const [i, text] of [head.form, head.title, head.period, part.caption, head.unit].entries()) {
      const row = sheet.addRow([text])
      sheet.mergeCells(row.number, 1, row.number, width)
      row.font = { bold: i === 1 || i === 3 }
      row.alignment = { horizontal: i === 4 ? 'right' : 'center' }
    }
    const first = sheet.rowCount + 1
    const groups = sheet.addRow([t('statistics.report.number'), part.nameHeading, ...REPORT_GROUPS.flatMap((g) => g.columns.map(() => t(`statistics.report.groups.${g.group}`)))])
    const columns = sheet.addRow(['', '', ...REPORT_COLUMNS.map((c) => t(`statistics.report.columns.${c}`))])
    sheet.mergeCells(first, 1, first + 1, 1)
    sheet.mergeCells(first, 2, first + 1, 2)
    let column = 3
    for (const g of REPORT_GROUPS) {
      sheet.mergeCells(first, column, first, column + g.columns.length - 1)
      column += g.columns.length
    }
    for (const row of [groups, columns]) {
      row.font = { bold: true }
      row.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' }
    }
    sheet.getColumn(1).width = 6
    sheet.getColumn(2).width = 42
    REPORT_COLUMNS.forEach((c, i) => {
      const col = sheet.getColumn(3 + i)
      col.width = 11
      col.numFmt = c === 'onTimeRate' ? '0.00%' : '#,##0'
    })
    for (const line of part.lines) {
      const row = sheet.addRow([line.number, line.label, ...REPORT_COLUMNS.map((c) => line.figures[c])])
      if (line.bold) row.font = { bold: true }
    }
  }
  return new Uint8Array(await book.xlsx.writeBuffer())
}

const MARGIN = 28
const PAGE = { width: 841.89, height: 595.28 }
const NAME_WIDTH = 170
const NUMBER_WIDTH = 22

export async function reportPdf(report: PeriodicReport, period: Period, periodName: string, t: TFunction, language: Language): Promise<Buffer> {
  const head = headerLines(period, periodName, t)
  const doc = openPdf(head.title, { size: 'A4', layout: 'landscape', margin: MARGIN })
  const done = pdfBytes(doc)
  const columnWidth = (PAGE.width - 2 * MARGIN - NUMBER_WIDTH - NAME_WIDTH) / REPORT_COLUMNS.length
  const text = (value: string, x: number, y: number, width: number, options: { bold?: boolean; align?: 'left' | 'right' | 'center'; size?: number } = {}) =>
    doc
      .font(options.bold ? 'bold' : 'regular')
      .fontSize(options.size ?? 7)
      .text(value.normalize('NFC'), x, y, { ...TEXT_OPTIONS, width, align: options.align ?? 'left', lineBreak: true })
  const heightOf = (value: string, width: number, bold = false, size = 7) =>
    doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(size)
      .heightOfString(value.normalize('NFC'), { ...TEXT_OPTIONS, width })

  const drawHeadings = (part: Part) => {
    const x0 = MARGIN
    const groupHeight = Math.max(...REPORT_GROUPS.map((g) => heightOf(t(`statistics.report.groups.${g.group}`), g.columns.length * columnWidth - 4, true))) + 6
    const columnHeight = Math.max(...REPORT_COLUMNS.map((c) => heightOf(t(`statistics.report.columns.${c}`), columnWidth - 4, true))) + 6
    const y = doc.y
    doc.lineWidth(0.5)
    doc.rect(x0, y, NUMBER_WIDTH, groupHeight + columnHeight).stroke()
    text(t('statistics.report.number'), x0 + 2, y + 3, NUMBER_WIDTH - 4, { bold: true, align: 'center' })
    doc.rect(x0 + NUMBER_WIDTH, y, NAME_WIDTH, groupHeight + columnHeight).stroke()
    text(part.nameHeading, x0 + NUMBER_WIDTH + 2, y + 3, NAME_WIDTH - 4, { bold: true, align: 'center' })
    let x = x0 + NUMBER_WIDTH + NAME_WIDTH
    for (const g of REPORT_GROUPS) {
      doc.rect(x, y, g.columns.length * columnWidth, groupHeight).stroke()
      text(t(`statistics.report.groups.${g.group}`), x + 2, y + 3, g.columns.length * columnWidth - 4, { bold: true, align: 'center' })
      for (const c of g.columns) {
        doc.rect(x, y + groupHeight, columnWidth, columnHeight).stroke()
        text(t(`statistics.report.columns.${c}`), x + 2, y + groupHeight + 3, columnWidth - 4, { bold: true, align: 'center' })
        x += columnWidth
      }
    }
    doc.y = y + groupHeight + columnHeight
  }

  const value = (figures: Headline, c: (typeof REPORT_COLUMNS)[number]) => (c === 'onTimeRate' ? formatRate(figures[c], language) : formatCount(figures[c], language))
  for (const [index, part] of parts(report, t).entries()) {
    if (index > 0) doc.addPage()
    text(head.form, MARGIN, MARGIN, PAGE.width - 2 * MARGIN, { size: 8 })
    doc.moveDown(0.3)
    text(head.title, MARGIN, doc.y, PAGE.width - 2 * MARGIN, { bold: true, align: 'center', size: 12 })
    text(head.period, MARGIN, doc.y + 2, PAGE.width - 2 * MARGIN, { align: 'center', size: 9 })
    text(part.caption, MARGIN, doc.y + 4, PAGE.width - 2 * MARGIN, { bold: true, size: 9 })
    text(head.unit, MARGIN, doc.y + 2, PAGE.width - 2 * MARGIN, { align: 'right', size: 8 })
    doc.y += 4
    drawHeadings(part)
    for (const line of part.lines) {
      const height = heightOf(line.label, NAME_WIDTH - 4, line.bold) + 5
      if (doc.y + height > PAGE.height - MARGIN) {
        doc.addPage()
        doc.y = MARGIN
        drawHeadings(part)
      }
      const y = doc.y
      let x = MARGIN
      doc.rect(x, y, NUMBER_WIDTH, height).stroke()
      text(line.number === null ? '' : String(line.number), x + 2, y + 2.5, NUMBER_WIDTH - 4, { align: 'right' })
      x += NUMBER_WIDTH
      doc.rect(x, y, NAME_WIDTH, height).stroke()
      text(line.label, x + 2, y + 2.5, NAME_WIDTH - 4, { bold: line.bold })
      x += NAME_WIDTH
      for (const c of REPORT_COLUMNS) {
        doc.rect(x, y, columnWidth, height).stroke()
        text(value(line.figures, c), x + 2, y + 2.5, columnWidth - 4, { bold: line.bold, align: 'right' })
        x += columnWidth
      }
      doc.y = y + height
    }
    doc.y += 6
    text(t('statistics.report.notes'), MARGIN, doc.y, PAGE.width - 2 * MARGIN, { size: 7 })
  }
  doc.end()
  return done
}
