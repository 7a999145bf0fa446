import { describe, expect, it } from 'vitest'
import { MAX_DOSSIER_BYTES, MAX_FILE_BYTES, safeFileName, sniffType, uploadProblem } from './sniff.ts'

const pdf = new TextEncoder().encode('%PDF-1.7\n...')
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0])
const exe = new TextEncoder().encode('MZ\x90\x00 this program cannot be run in DOS mode')

describe('uploads judged by content', () => {
  it('recognises PDF, JPEG and PNG', () => {
    expect(sniffType(pdf)).toBe('application/pdf')
    expect(sniffType(png)).toBe('image/png')
    expect(sniffType(jpeg)).toBe('image/jpeg')
  })

  it('refuses a renamed executable, an empty file and oversize files', () => {
    expect(uploadProblem(exe, 0)).toBe('type')
    expect(uploadProblem(new Uint8Array(), 0)).toBe('empty')
    expect(uploadProblem(new Uint8Array(MAX_FILE_BYTES + 1), 0)).toBe('tooLarge')
    expect(uploadProblem(pdf, MAX_DOSSIER_BYTES - 2)).toBe('dossierTooLarge')
    expect(uploadProblem(pdf, 0)).toBeNull()
  })

  it('makes file names safe and gives them the real extension', () => {
    expect(safeFileName('../../etc/Giấy chứng sinh.exe', 'application/pdf')).toBe('Giấy chứng sinh.pdf')
    expect(safeFileName('C:\\Users\\an\\scan<1>.JPG', 'image/jpeg')).toBe('scan1.jpg')
    expect(safeFileName('', 'image/png')).toBe('tai-lieu.png')
  })

  it('drops direction, zero-width and control characters from file names, as from typed text', () => {
    expect(safeFileName('hoa-don\u202Efdp.pdf', 'application/pdf')).toBe('hoa-donfdp.pdf')
    expect(safeFileName('ho\u200Bp-\u2066dong\u2069\u0007.pdf', 'application/pdf')).toBe('hop-dong.pdf')
    expect(safeFileName('Giấy tờ.png'.normalize('NFD'), 'image/png')).toBe('Giấy tờ.png')
  })
})
