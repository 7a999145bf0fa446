import { describe, expect, it } from 'vitest'
import { firstMissing, pdfText } from '../../tests/support/pdf-tools.ts'
import { renderPdf } from './pdf.server.ts'

/** Every part appears, in this order. */
const expectInOrder = (text: string, parts: string[]) => expect(firstMissing(text, parts)).toBeNull()

describe('renderPdf', () => {
  it('embeds a font whose Vietnamese text extracts as written, in reading order', async () => {
    const pdf = await renderPdf('Phiếu tiếp nhận', [
      {
        kind: 'letterhead',
        motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
        issuer: ['Ủy ban nhân dân Phường Long Xuyên'],
        number: 'Số: 12/TN',
        placeDate: 'Long Xuyên, ngày 01 tháng 12 năm 2026',
      },
      { kind: 'title', text: 'Phiếu tiếp nhận hồ sơ và hẹn trả kết quả' },
      // Decomposed input (NFD) comes out composed.
      { kind: 'paragraph', text: 'Ông Nguyễn Văn An, Quyết định số 1, Phiếu định kỳ'.normalize('NFD') },
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 1 },
          { header: 'Tên giấy tờ', width: 6 },
        ],
        rows: [['1', 'Giấy chứng sinh']],
      },
      {
        kind: 'signatures',
        parties: [
          { title: 'NGƯỜI NỘP HỒ SƠ', note: '(Ký và ghi rõ họ tên)', name: 'Nguyễn Văn An' },
          { title: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: 'Lê Thị Cúc', seal: true },
        ],
      },
    ])
    const text = pdfText(pdf)
    expectInOrder(text, [
      'ỦY BAN NHÂN DÂN PHƯỜNG LONG XUYÊN',
      'Số: 12/TN',
      'Long Xuyên, ngày 01 tháng 12 năm 2026',
      'PHIẾU TIẾP NHẬN HỒ SƠ',
      'Nguyễn Văn An',
      'Quyết định',
      'Phiếu định kỳ',
      'Tên giấy tờ',
      'Giấy chứng sinh',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
    ])
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).not.toMatch(/Phiếụ|Ngụyễn|đinh/)
  })

  it('keeps the statistics helper’s call working: title and plain blocks', async () => {
    const pdf = await renderPdf('Báo cáo', [
      { kind: 'heading', text: 'Tổng hợp' },
      { kind: 'field', label: 'Tiếp nhận', value: '459.654' },
    ])
    expect(pdfText(pdf)).toContain('Tiếp nhận: 459.654')
  })
})
