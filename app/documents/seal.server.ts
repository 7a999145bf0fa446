// What makes a PDF an issued document: a verification band at the foot of every page (QR code to
// /xac-thuc/<code>, the code itself, who signed), optionally the file it was made from attached unchanged, and a
// PAdES signature (ETSI.CAdES.detached) with the agency's certificate over the whole file (@signpdf).
import { readFileSync } from 'node:fs'
import fontkit from '@pdf-lib/fontkit'
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib'
import { SignPdf } from '@signpdf/signpdf'
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils'
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib'
import QRCode from 'qrcode'
import type { AgencySigner } from './certificates.server.ts'
import { CmsSigner } from './cms-signer.server.ts'
import { FONTS, FOOTER_HEIGHT } from './pdf.server.ts'

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
  pdf.registerFontkit(fontkit)
  const regular = await pdf.embedFont(readFileSync(FONTS.regular), { subset: true, features: { ccmp: false } })
  const bold = await pdf.embedFont(readFileSync(FONTS.bold), { subset: true, features: { ccmp: false } })
  const qr = await pdf.embedPng(await QRCode.toBuffer(seal.url, { errorCorrectionLevel: 'M', margin: 0, scale: 4 }))
  const pages = pdf.getPages()
  for (const [i, page] of pages.entries()) {
    const lines = seal.lines.map((line) => line.replace('{page}', String(i + 1)).replace('{pages}', String(pages.length)).normalize('NFC'))
    stamp(page, lines, qr, regular, bold)
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

function stamp(page: PDFPage, lines: string[], qr: Awaited<ReturnType<PDFDocument['embedPng']>>, regular: PDFFont, bold: PDFFont) {
  const box = page.getCropBox()
  const margin = Math.min(40, box.width * 0.06)
  const x = box.x + margin
  const y = box.y + 22
  const width = box.width - 2 * margin
  // A white band so the stamp stays legible over a scanned page's edge.
  page.drawRectangle({ x: x - 4, y: y - 4, width: width + 8, height: Math.min(FOOTER_HEIGHT - 8, QR_SIZE + 8), color: rgb(1, 1, 1), borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.4 })
  page.drawImage(qr, { x, y, width: QR_SIZE, height: QR_SIZE })
  const textX = x + QR_SIZE + 8
  const size = 8
  for (const [i, line] of lines.entries()) {
    page.drawText(line, { x: textX, y: y + QR_SIZE - 9 - i * (size + 3), size, font: i === 0 ? bold : regular, color: rgb(0.1, 0.1, 0.1), maxWidth: width - QR_SIZE - 8 })
  }
}

/**
 * A file that cannot carry a signature itself as a PDF that can: a scanned image on A4 pages, a PDF that cannot
 * be read (damaged, encrypted) as a cover page; either way the original goes in as an attachment (sealPdf).
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
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  const page = pdf.addPage([595.28, 841.89])
  const area = { x: 57, y: FOOTER_HEIGHT + 40, width: 595.28 - 114, height: 841.89 - FOOTER_HEIGHT - 97 }
  const image = contentType === 'image/jpeg' ? await pdf.embedJpg(bytes) : contentType === 'image/png' ? await pdf.embedPng(bytes) : null
  if (image) {
    const scale = Math.min(area.width / image.width, area.height / image.height, 1)
    const w = image.width * scale
    const h = image.height * scale
    page.drawImage(image, { x: area.x + (area.width - w) / 2, y: area.y + area.height - h, width: w, height: h })
  } else {
    const font = await pdf.embedFont(readFileSync(FONTS.regular), { subset: true, features: { ccmp: false } })
    const bold = await pdf.embedFont(readFileSync(FONTS.bold), { subset: true, features: { ccmp: false } })
    page.drawText(cover.title.normalize('NFC'), { x: area.x, y: area.y + area.height - 20, size: 14, font: bold, maxWidth: area.width })
    page.drawText(cover.text.normalize('NFC'), { x: area.x, y: area.y + area.height - 50, size: 11.5, font, maxWidth: area.width, lineHeight: 16 })
  }
  return pdf.save({ useObjectStreams: false })
}
