// What makes a PDF an issued document: a verification band at the foot of every page (QR code to
// /xac-thuc/<code>, the code itself, who signed), optionally the file it was made from attached unchanged, and a
// PAdES signature (ETSI.CAdES.detached) with the agency's certificate over the whole file (@signpdf).
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib'
import { SignPdf } from '@signpdf/signpdf'
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils'
import { PDFDocument, type PDFPage } from 'pdf-lib'
import PDFKitDocument from 'pdfkit'
import QRCode from 'qrcode'
import type { AgencySigner } from './certificates.server.ts'
import { CmsSigner } from './cms-signer.server.ts'
import { FONTS, FOOTER_HEIGHT, renderPdf, TEXT_OPTIONS } from './pdf.server.ts'

export interface Seal {
  /** Where the QR code leads: the public verification page of this document. */
  url: string
  /** The band's lines, already in the document's language; `{page}` and `{pages}` are filled in per page. */
  lines: string[]
  signer: AgencySigner
  /** Who signs and why, as signature readers show it. */
  signature: { name: string; reason: string; location: string; contactInfo?: string }
  signedAt: Date
  /** The file the document was made from, attached unchanged (a result keeps the approved draft's bytes). */
  source?: { bytes: Uint8Array; fileName: string; contentType: string; description: string }
}

const QR_SIZE = 46
// A signature of a 2048-bit key with its two certificates needs about 3.5 KB; room for longer chains.
const SIGNATURE_LENGTH = 8192

/** Stamps, attaches and signs; the result verifies with any PDF signature checker. */
export async function sealPdf(pdfBytes: Uint8Array, seal: Seal): Promise<Buffer> {
  const pdf = await PDFDocument.load(pdfBytes, { updateMetadata: false })
  const pages = pdf.getPages()
  const qr = await QRCode.toBuffer(seal.url, { errorCorrectionLevel: 'M', margin: 0, scale: 4 })
  const bands = pages.map((page, i) => ({
    width: page.getCropBox().width - 2 * margin(page),
    lines: seal.lines.map((line) => line.replace('{page}', String(i + 1)).replace('{pages}', String(pages.length))),
  }))
  // The band is drawn by pdfkit, which embeds a correct font subset, and placed on each page as a form XObject.
  const stamps = await pdf.embedPdf(
    await renderBands(bands, qr),
    pages.map((_, i) => i),
  )
  for (const [i, page] of pages.entries()) {
    const box = page.getCropBox()
    page.drawPage(stamps[i]!, { x: box.x + margin(page), y: box.y + 18 })
  }
  if (seal.source) {
    await pdf.attach(seal.source.bytes, seal.source.fileName, {
      mimeType: seal.source.contentType,
      description: seal.source.description.normalize('NFC'),
      creationDate: seal.signedAt,
      modificationDate: seal.signedAt,
    })
  }
  pdflibAddPlaceholder({
    pdfDoc: pdf,
    reason: seal.signature.reason,
    contactInfo: seal.signature.contactInfo ?? '',
    name: seal.signature.name,
    location: seal.signature.location,
    signingTime: seal.signedAt,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signatureLength: SIGNATURE_LENGTH,
    appName: 'Cong Dich vu cong',
  })
  const prepared = Buffer.from(await pdf.save({ useObjectStreams: false }))
  return new SignPdf().sign(prepared, new CmsSigner(seal.signer.keys), seal.signedAt)
}

const margin = (page: PDFPage) => Math.min(40, page.getCropBox().width * 0.06)

/** One band per page: the QR code, then the lines (the first in bold), on white with a thin border. */
function renderBands(bands: { width: number; lines: string[] }[], qr: Buffer): Promise<Buffer> {
  const height = Math.min(FOOTER_HEIGHT - 8, QR_SIZE + 8)
  const doc = new PDFKitDocument({ autoFirstPage: false, margin: 0 })
  doc.registerFont('regular', FONTS.regular)
  doc.registerFont('bold', FONTS.bold)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  for (const band of bands) {
    doc.addPage({ size: [band.width, height], margin: 0 })
    doc.rect(0.5, 0.5, band.width - 1, height - 1).fillAndStroke('#ffffff', '#999999')
    doc.image(qr, 4, 4, { width: QR_SIZE, height: QR_SIZE })
    doc.fillColor('#1a1a1a')
    for (const [i, line] of band.lines.entries()) {
      doc
        .font(i === 0 ? 'bold' : 'regular')
        .fontSize(8)
        .text(line.normalize('NFC'), QR_SIZE + 12, 6 + i * 11, { width: band.width - QR_SIZE - 18, lineBreak: false, ellipsis: true, ...TEXT_OPTIONS })
    }
  }
  doc.end()
  return done
}

/**
 * A file that cannot carry a signature itself as a PDF that can: a scanned image on an A4 page, a PDF that
 * cannot be read (damaged, encrypted) as a cover page; either way the original goes in as an attachment (sealPdf).
 */
export async function asSignablePdf(bytes: Uint8Array, contentType: string, cover: { title: string; text: string }): Promise<Uint8Array> {
  if (contentType === 'application/pdf') {
    try {
      const pdf = await PDFDocument.load(bytes, { updateMetadata: false })
      if (pdf.getPageCount() > 0) return bytes
    } catch {
      // Fall through to a cover page.
    }
  }
  if (contentType === 'image/jpeg' || contentType === 'image/png') {
    const doc = new PDFKitDocument({ size: 'A4', margins: { top: 57, bottom: FOOTER_HEIGHT + 40, left: 57, right: 57 } })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
    const { width, height, margins } = doc.page
    doc.image(Buffer.from(bytes), margins.left, margins.top, { fit: [width - margins.left - margins.right, height - margins.top - margins.bottom], align: 'center' })
    doc.end()
    return done
  }
  return renderPdf(cover.title, [
    { kind: 'title', text: cover.title },
    { kind: 'paragraph', text: cover.text },
  ])
}
