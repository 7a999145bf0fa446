// PDFs with correct Vietnamese diacritics: pdfkit with Noto Sans embedded (the standard PDF fonts
// have no Vietnamese glyphs).
import { createRequire } from 'node:module'
import PDFDocument from 'pdfkit'

const require = createRequire(import.meta.url)
const FONT_REGULAR = require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf')
const FONT_BOLD = require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')

import type { Block } from './blocks.ts'

export type { Block }

/** A pdfkit document with the fonts registered as 'regular' and 'bold'. */
export function openPdf(title: string, options: PDFKit.PDFDocumentOptions = { size: 'A4', margin: 56 }) {
  const doc = new PDFDocument({ ...options, info: { Title: title }, lang: 'vi-VN' })
  doc.registerFont('regular', FONT_REGULAR)
  doc.registerFont('bold', FONT_BOLD)
  return doc
}

/** The document's bytes once `end()` is called. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
}

/** Renders blocks on A4 pages and resolves with the PDF bytes. */
export function renderPdf(title: string, blocks: Block[]): Promise<Buffer> {
  const doc = openPdf(title)
  const done = pdfBytes(doc)

  for (const block of blocks) {
    switch (block.kind) {
      case 'centered':
        doc.font(block.bold ? 'bold' : 'regular').fontSize(block.bold ? 13 : 11).text(block.text, { align: 'center' })
        break
      case 'heading':
        doc.moveDown().font('bold').fontSize(15).text(block.text, { align: 'center' }).moveDown(0.5)
        break
      case 'paragraph':
        doc.font('regular').fontSize(11).text(block.text, { align: 'justify' }).moveDown(0.4)
        break
      case 'field':
        doc
          .font('regular')
          .fontSize(11)
          .text(`${block.label}: ${block.value ?? '.'.repeat(Math.max(10, 90 - block.label.length))}`)
          .moveDown(0.3)
        break
    }
  }
  doc.end()
  return done
}
