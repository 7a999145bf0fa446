import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { pdfAttachments, pdfSignatures, pdfText } from '../../tests/support/pdf-tools.ts'
import { signerFor, type AgencySigner } from './certificates.server.ts'
import { renderPdf } from './pdf.server.ts'
import { asSignablePdf, sealPdf } from './seal.server.ts'

const AGENCY = { code: '000.20.01.H01', name: 'Ủy ban nhân dân Phường Long Xuyên' }
let signer: AgencySigner

beforeAll(async () => {
  process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), 'signing-'))
  signer = await signerFor(AGENCY)
})

const seal = (extra: Partial<Parameters<typeof sealPdf>[1]> = {}) => ({
  url: 'http://localhost:3000/xac-thuc/K7QF-2M9D-XR4T',
  lines: ['Mã xác thực: K7QF-2M9D-XR4T', 'Ký số bởi Ủy ban nhân dân Phường Long Xuyên', 'Trang {page}/{pages}'],
  signer,
  signature: { name: AGENCY.name, reason: 'Phê duyệt kết quả', location: 'Phường Long Xuyên' },
  signedAt: new Date('2026-12-01T03:00:00Z'),
  ...extra,
})

describe('sealPdf', () => {
  it('signs with the agency’s demo certificate, marked as a test certificate', () => {
    expect(signer.test).toBe(true)
    expect(signer.subject).toContain('Ủy ban nhân dân Phường Long Xuyên')
  })

  it('stamps every page with the code, and the signature verifies until one byte changes', async () => {
    const sealed = await sealPdf(await renderPdf('Phiếu', [{ kind: 'title', text: 'Phiếu kiểm tra' }]), seal())
    const report = pdfSignatures(sealed)
    expect(report).toContain('Signature is Valid')
    expect(report).toContain('ETSI.CAdES.detached')
    // A Vietnamese name in the certificate survives into the signature (forge alone would garble it).
    expect(report).toContain('Signer Certificate Common Name: Ủy ban nhân dân Phường Long Xuyên')
    expect(pdfText(sealed)).toContain('Mã xác thực: K7QF-2M9D-XR4T')
    expect(pdfText(sealed)).toContain('Trang 1/1')
    const changed = Buffer.from(sealed)
    changed[200] = changed[200]! ^ 0x01
    expect(pdfSignatures(changed)).not.toContain('Signature is Valid')
  })

  it('keeps the file it was made from, unchanged, as an attachment', async () => {
    const draft = await renderPdf('Dự thảo', [{ kind: 'paragraph', text: 'Dự thảo kết quả' }])
    const sealed = await sealPdf(draft, seal({ source: { bytes: draft, fileName: 'du-thao.pdf', contentType: 'application/pdf', description: 'Bản dự thảo đã phê duyệt' } }))
    expect(pdfAttachments(sealed)['du-thao.pdf']?.equals(draft)).toBe(true)
    expect(pdfSignatures(sealed)).toContain('Signature is Valid')
  })

  it('wraps a scan, or a PDF it cannot read, into a PDF that can carry a signature', async () => {
    // A 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    const cover = { title: 'Kết quả', text: 'Bản điện tử kèm theo' }
    const fromScan = await sealPdf(await asSignablePdf(png, 'image/png', cover), seal())
    expect(pdfSignatures(fromScan)).toContain('Signature is Valid')
    const fromBroken = await asSignablePdf(new TextEncoder().encode('%PDF-1.4\n% not really\n'), 'application/pdf', cover)
    expect(pdfText(await sealPdf(fromBroken, seal()))).toContain('Bản điện tử kèm theo')
  })
})
