// A text compressed once with holes in it, filled per response with a few bytes (a cached page and its nonce):
// gzip of 30 KB cost milliseconds per response, filling costs a CRC. Each part is raw deflate ending in a full
// flush (byte-aligned, nothing pending); a filler goes in as a stored block; the gzip trailer's CRC and size are
// computed over the real bytes. Each part is compressed with what precedes it as its dictionary, the holes as
// NUL bytes (which never occur in a page), so it may refer back to earlier parts at the distances the browser
// sees, but never into a hole.
import zlib from 'node:zlib'

const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]) // gzip, deflate, no name, no time, OS unknown
const WINDOW = 32 * 1024

export interface GzipTemplate {
  parts: Buffer[]
  deflated: Buffer[]
  holeLength: number
}

/** False on Node before 20.15, which has no zlib.crc32: then pages are compressed per response as before. */
export const canFillGzip = typeof zlib.crc32 === 'function'

export function gzipTemplate(parts: Buffer[], holeLength: number): GzipTemplate {
  const hole = Buffer.alloc(holeLength)
  let before = Buffer.alloc(0)
  const deflated = parts.map((part, i) => {
    const last = i === parts.length - 1
    const options: zlib.ZlibOptions = { level: 9, finishFlush: last ? zlib.constants.Z_FINISH : zlib.constants.Z_FULL_FLUSH }
    const out = zlib.deflateRawSync(part, before.length ? { ...options, dictionary: before.subarray(-WINDOW) } : options)
    before = Buffer.concat([before.subarray(-WINDOW), part, last ? Buffer.alloc(0) : hole])
    return out
  })
  return { parts, deflated, holeLength }
}

function storedBlock(bytes: Buffer) {
  const header = Buffer.alloc(5) // BFINAL 0, BTYPE 00 (stored), then LEN and its complement
  header.writeUInt16LE(bytes.length, 1)
  header.writeUInt16LE(~bytes.length & 0xffff, 3)
  return [header, bytes]
}

/** The whole gzip member with `filler` in every hole; `filler` must be exactly the template's hole length. */
export function fillGzip(template: GzipTemplate, filler: Buffer): Buffer {
  if (filler.length !== template.holeLength) throw new Error('filler of the wrong length')
  const out: Buffer[] = [HEADER]
  let crc = 0
  let size = 0
  template.parts.forEach((part, i) => {
    out.push(template.deflated[i]!)
    crc = zlib.crc32(part, crc)
    size += part.length
    if (i < template.parts.length - 1) {
      out.push(...storedBlock(filler))
      crc = zlib.crc32(filler, crc)
      size += filler.length
    }
  })
  const trailer = Buffer.alloc(8)
  trailer.writeUInt32LE(crc >>> 0, 0)
  trailer.writeUInt32LE(size >>> 0, 4)
  out.push(trailer)
  return Buffer.concat(out)
}
