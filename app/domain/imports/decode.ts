// The encodings spreadsheets and old systems really write: UTF-8 with or without a byte-order mark, UTF-16
// (little or big endian, with its mark, as Excel's "Unicode text"), and Windows-1258, the Vietnamese code page,
// whose tones are combining marks (decoded, then composed to NFC so "Nguyễn" compares equal however written).
import iconv from 'iconv-lite'

export type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'windows1258'

/** The encoding of a file from its first bytes: a byte-order mark, else UTF-8 if those bytes are valid UTF-8. */
export function detectEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le'
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be'
  // UTF-16 without a mark: ASCII text has a zero in every other byte.
  const sample = head.subarray(0, 1024)
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue
    if (i % 2) oddZeros++
    else evenZeros++
  }
  if (oddZeros > sample.length / 4) return 'utf16le'
  if (evenZeros > sample.length / 4) return 'utf16be'
  return validUtf8(head) ? 'utf8' : 'windows1258'
}

/** Valid UTF-8, allowing a sequence cut off at the end of the sample. */
function validUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    const length = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0
    if (length === 0) return false
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return true
      if (bytes[i + k]! >> 6 !== 0b10) return false
    }
    i += length
  }
  return true
}

/** A streaming decoder to text; the byte-order mark is dropped and the text composed (NFC) piece by piece. */
export class TextDecoderStream {
  private readonly decoder: { write(b: Buffer): string; end(): string | undefined }
  private tail = ''
  constructor(readonly encoding: Encoding) {
    this.decoder = iconv.getDecoder(encoding === 'utf16be' ? 'utf-16be' : encoding, { stripBOM: true })
  }
  write(bytes: Uint8Array): string {
    return this.compose(this.decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), false)
  }
  end(): string {
    return this.compose(this.decoder.end() ?? '', true)
  }
  /** Composes all but the last character, which a combining mark in the next piece may still join. */
  private compose(text: string, final: boolean): string {
    const all = this.tail + text
    if (final) {
      this.tail = ''
      return all.normalize('NFC')
    }
    const cut = Math.max(0, all.length - 1)
    this.tail = all.slice(cut)
    return all.slice(0, cut).normalize('NFC')
  }
}

/** A whole byte array as text in its detected encoding. */
export function decodeText(bytes: Uint8Array): string {
  const decoder = new TextDecoderStream(detectEncoding(bytes.subarray(0, 64 * 1024)))
  return decoder.write(bytes) + decoder.end()
}
