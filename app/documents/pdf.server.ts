// PDFs whose Vietnamese text copies, searches and reads aloud correctly: pdfkit with Noto Serif embedded (the
// standard PDF fonts have no Vietnamese glyphs; a serif is what administrative documents use). Text is NFC and
// drawn without the font's `ccmp` feature: with it, fontkit splits ị, ạ… into a base letter and a mark whose
// ToUnicode entry is lost, so "định" extracted as "đinh".
import { createRequire } from 'node:module'
import PDFDocument from 'pdfkit'
import type { Block, Letterhead, SignatureParty, Table } from './blocks.ts'

export type { Block }

const require = createRequire(import.meta.url)
const font = (style: string) => require.resolve(`@expo-google-fonts/noto-serif/${style}/NotoSerif_${style}.ttf`)
export const FONTS = {
  regular: font('400Regular'),
  bold: font('700Bold'),
  italic: font('400Regular_Italic'),
  boldItalic: font('700Bold_Italic'),
} as const
type FontName = keyof typeof FONTS

/** Room kept free at the foot of every page for the verification stamp (documents/issue.server.ts). */
export const FOOTER_HEIGHT = 64
const SIZE = 12.5
// fontkit takes an object of features to switch off; pdfkit's types only know the array form.
export const TEXT_OPTIONS = { features: { ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[] }

export interface PdfOptions {
  /** Wide tables (the register of form 07). */
  landscape?: boolean
}

/** A pdfkit document with the portal's fonts registered ('regular', 'bold', 'italic', 'boldItalic'). */
export function openPdf(title: string, options: PDFKit.PDFDocumentOptions) {
  const doc = new PDFDocument({ ...options, info: { Title: title.normalize('NFC') }, lang: 'vi-VN', displayTitle: true })
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file)
  return doc
}

/** The document's bytes once `end()` is called. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
}

/** Renders blocks on A4 pages and resolves with the PDF bytes. */
export function renderPdf(title: string, blocks: Block[], options: PdfOptions = {}): Promise<Buffer> {
  const doc = openPdf(title, {
    size: 'A4',
    layout: options.landscape ? 'landscape' : 'portrait',
    // Decree 30/2020: left 30–35 mm, right 15–20 mm, top and bottom 20–25 mm (plus the stamp's band).
    margins: { top: 57, bottom: 40 + FOOTER_HEIGHT, left: options.landscape ? 57 : 85, right: 48 },
  })
  const done = pdfBytes(doc)
  const page = new Page(doc)
  for (const block of blocks) page.draw(block)
  doc.end()
  return done
}

class Page {
  constructor(private readonly doc: PDFKit.PDFDocument) {}

  private get left() {
    return this.doc.page.margins.left
  }
  private get width() {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right
  }
  private get bottom() {
    return this.doc.page.height - this.doc.page.margins.bottom
  }

  private text(value: string, font: FontName, size: number, options: PDFKit.Mixins.TextOptions & { x?: number; y?: number } = {}) {
    const { x, y, ...rest } = options
    this.doc.font(font).fontSize(size)
    if (x !== undefined) this.doc.text(value.normalize('NFC'), x, y ?? this.doc.y, { ...TEXT_OPTIONS, ...rest })
    else this.doc.text(value.normalize('NFC'), { ...TEXT_OPTIONS, ...rest })
  }

  private height(value: string, font: FontName, size: number, width: number) {
    return this.doc
      .font(font)
      .fontSize(size)
      .heightOfString(value.normalize('NFC'), { ...TEXT_OPTIONS, width })
  }

  /** Starts a new page when `needed` points do not fit any more. */
  private ensure(needed: number) {
    if (this.doc.y + needed > this.bottom) this.doc.addPage()
  }

  draw(block: Block) {
    const doc = this.doc
    switch (block.kind) {
      case 'letterhead':
        return this.letterhead(block)
      case 'title':
        doc.moveDown(0.8)
        this.text(block.text.toUpperCase(), 'bold', 14, { align: 'center', x: this.left, width: this.width })
        if (block.subtitle) this.text(block.subtitle, 'italic', SIZE, { align: 'center', x: this.left, width: this.width })
        doc.moveDown(0.6)
        return
      case 'centered':
        this.text(block.text, block.bold ? (block.italic ? 'boldItalic' : 'bold') : block.italic ? 'italic' : 'regular', SIZE, { align: 'center', x: this.left, width: this.width })
        return
      case 'heading':
        doc.moveDown(0.5)
        this.ensure(40)
        this.text(block.text, 'bold', SIZE, { x: this.left, width: this.width })
        doc.moveDown(0.2)
        return
      case 'addressee':
        this.text(block.text, 'regular', 13, { align: 'center', x: this.left, width: this.width })
        doc.moveDown(0.5)
        return
      case 'paragraph':
        this.text(block.text, block.bold ? 'bold' : block.italic ? 'italic' : 'regular', SIZE, { align: 'justify', indent: block.indent ? 28 : 0, x: this.left, width: this.width })
        doc.moveDown(0.3)
        return
      case 'field':
        // A blank field leaves a dotted line to write on.
        this.text(`${block.label}: ${block.value || '.'.repeat(Math.max(12, 86 - block.label.length))}`, 'regular', SIZE, { x: this.left, width: this.width, lineBreak: true })
        doc.moveDown(0.25)
        return
      case 'list':
        for (const [i, item] of block.items.entries()) {
          const label = `${i + 1}. `
          this.ensure(20)
          const y = doc.y
          this.text(label, 'regular', SIZE, { x: this.left + 14, y, lineBreak: false })
          this.text(item, 'regular', SIZE, { x: this.left + 34, y, width: this.width - 34 })
          doc.moveDown(0.2)
        }
        return
      case 'table':
        return this.table(block)
      case 'signatures':
        return this.signatures(block.parties)
    }
  }

  private letterhead(block: Letterhead) {
    const doc = this.doc
    const top = doc.y
    const split = block.issuer ? 0.42 : 0
    const leftWidth = this.width * split
    const rightX = this.left + leftWidth
    const rightWidth = this.width - leftWidth
    let leftBottom = top
    if (block.issuer) {
      doc.y = top
      for (const [i, line] of block.issuer.entries()) {
        const last = i === block.issuer.length - 1
        this.text(line.toUpperCase(), last ? 'bold' : 'regular', 11.5, { align: 'center', x: this.left, width: leftWidth })
      }
      // The short rule under the issuer's name, a third of the column.
      const ruleY = doc.y + 2
      doc
        .moveTo(this.left + leftWidth / 3, ruleY)
        .lineTo(this.left + (2 * leftWidth) / 3, ruleY)
        .lineWidth(0.6)
        .stroke()
      doc.y = ruleY + 6
      if (block.number) this.text(block.number, 'regular', SIZE, { align: 'center', x: this.left, width: leftWidth })
      leftBottom = doc.y
    }
    doc.y = top
    this.text(block.motto[0], 'bold', 11.5, { align: 'center', x: rightX, width: rightWidth })
    this.text(block.motto[1], 'bold', 12.5, { align: 'center', x: rightX, width: rightWidth, underline: true })
    doc.moveDown(0.5)
    if (block.placeDate) this.text(block.placeDate, 'italic', SIZE, { align: 'center', x: rightX, width: rightWidth })
    doc.y = Math.max(doc.y, leftBottom)
    doc.x = this.left
  }

  private table(block: Table) {
    const doc = this.doc
    const total = block.columns.reduce((sum, c) => sum + c.width, 0)
    const widths = block.columns.map((c) => (c.width / total) * this.width)
    const pad = 4
    const size = block.size ?? 10.5
    const rowHeight = (cells: string[], font: FontName) => Math.max(...cells.map((cell, i) => this.height(cell || ' ', font, size, widths[i]! - 2 * pad))) + 2 * pad
    const drawRow = (cells: string[], font: FontName, align: 'left' | 'center') => {
      const height = rowHeight(cells, font)
      const y = doc.y
      let x = this.left
      for (const [i, cell] of cells.entries()) {
        doc.rect(x, y, widths[i]!, height).lineWidth(0.5).stroke()
        this.text(cell, font, size, { x: x + pad, y: y + pad, width: widths[i]! - 2 * pad, align })
        x += widths[i]!
      }
      doc.y = y + height
    }
    const header = block.columns.map((c) => c.header)
    doc.moveDown(0.3)
    this.ensure(rowHeight(header, 'bold') + 24)
    drawRow(header, 'bold', 'center')
    for (const row of block.rows) {
      if (doc.y + rowHeight(row, 'regular') > this.bottom) {
        doc.addPage()
        drawRow(header, 'bold', 'center')
      }
      drawRow(row, 'regular', 'left')
    }
    doc.x = this.left
    doc.moveDown(0.6)
  }

  private signatures(parties: SignatureParty[]) {
    const doc = this.doc
    const space = 64
    const needed = 40 + space + 20
    doc.moveDown(0.8)
    this.ensure(needed)
    const top = doc.y
    // One party signs on the right, as on every administrative document; two share the width.
    const columnWidth = this.width / 2
    let bottom = top
    for (const [i, party] of parties.entries()) {
      const x = this.left + (parties.length === 1 ? columnWidth : i * columnWidth)
      doc.y = top
      this.text(party.title, 'bold', SIZE, { align: 'center', x, width: columnWidth })
      if (party.note) this.text(party.note, 'italic', 11, { align: 'center', x, width: columnWidth })
      const signY = doc.y
      if (party.seal) {
        // Where the seal goes: to the left of the signature, overlapping it by a third, as the rules require.
        doc
          .save()
          .circle(x + columnWidth / 2 - 30, signY + space / 2, 28)
          .dash(2, { space: 2 })
          .lineWidth(0.5)
          .strokeColor('#888888')
          .stroke()
          .restore()
      }
      doc.y = signY + space
      if (party.name) this.text(party.name, 'bold', SIZE, { align: 'center', x, width: columnWidth })
      bottom = Math.max(bottom, doc.y)
    }
    doc.y = bottom
    doc.x = this.left
  }
}
