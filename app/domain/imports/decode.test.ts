import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { CsvParser, parseCsv } from './csv.ts'
import { decodeText, detectEncoding, TextDecoderStream } from './decode.ts'

/** Text as Windows-1258 stores it: vowels with their hat, breve or horn, then the tone as a combining mark. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g
const asWindows1258 = (s: string) =>
  iconv.encode(
    [...s.normalize('NFC')]
      .map((c) => {
        const d = c.normalize('NFD')
        return d.replace(TONES, '').normalize('NFC') + (d.match(TONES) ?? []).join('')
      })
      .join(''),
    'windows1258',
  )

const text = 'code;applicant_name\r\nA-1;Nguyễn Thị Ánh Tuyết\r\nA-2;"Trần Văn Đức; đại diện"\r\n'

describe('the encodings people really have', () => {
  it('reads UTF-8 with and without the mark, UTF-16 both ways and Windows-1258 to the same text', () => {
    const files = {
      utf8: Buffer.from(text, 'utf8'),
      utf8bom: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
      utf16le: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      utf16be: iconv.encode(text, 'utf-16be', { addBOM: true }),
      windows1258: asWindows1258(text),
    }
    expect(detectEncoding(files.windows1258)).toBe('windows1258')
    expect(detectEncoding(files.utf16be)).toBe('utf16be')
    for (const [name, bytes] of Object.entries(files)) {
      expect(parseCsv(decodeText(bytes)), name).toEqual([
        { line: 1, fields: ['code', 'applicant_name'] },
        { line: 2, fields: ['A-1', 'Nguyễn Thị Ánh Tuyết'] },
        { line: 3, fields: ['A-2', 'Trần Văn Đức; đại diện'] },
      ])
    }
  })

  it('composes tones written as combining marks, even when a piece ends between letter and mark', () => {
    // Windows-1258 writes "ễ" as "ê" + combining tilde: bytes split right between them.
    const bytes = asWindows1258('Nguyễn')
    expect(bytes.length).toBe(7)
    const decoder = new TextDecoderStream('windows1258')
    const out = decoder.write(bytes.subarray(0, 4)) + decoder.write(bytes.subarray(4)) + decoder.end()
    expect(out).toBe('Nguyễn'.normalize('NFC'))
    expect(out.length).toBe(6)
  })
})

describe('CSV fed in pieces', () => {
  it('gives the same records however the text is cut, with comma or semicolon', () => {
    const csv = '\uFEFFa;b\r\n"x; y";"say ""hi"""\n"two\nlines";z\n\n3;4'
    const whole = parseCsv(csv)
    expect(whole).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x; y', 'say "hi"'] },
      { line: 3, fields: ['two\nlines', 'z'] },
      { line: 6, fields: ['3', '4'] },
    ])
    for (let size = 1; size <= 7; size++) {
      const parser = new CsvParser()
      const records = []
      for (let i = 0; i < csv.length; i += size) records.push(...parser.push(csv.slice(i, i + size)))
      records.push(...parser.end())
      expect(records, `pieces of ${size}`).toEqual(whole)
    }
  })
})
