// The short code printed on every issued document and behind its QR code: 12 characters of Crockford's base32
// (60 random bits: unguessable, yet short enough to type from paper), shown in groups of four. Typing is
// forgiving: case, spaces and dashes do not matter, and O/I/L read as 0/1/1.
import { randomBytes } from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const LENGTH = 12

export function newVerificationCode(random: (n: number) => Uint8Array = randomBytes): string {
  const bytes = random(LENGTH)
  const chars = Array.from(bytes.subarray(0, LENGTH), (b) => ALPHABET[b % 32])
  return formatCode(chars.join(''))
}

function formatCode(raw: string) {
  return raw.match(/.{1,4}/g)!.join('-')
}

/** The code as stored (K7QF-2M9D-XR4T), or null when what was typed cannot be one. */
export function normaliseVerificationCode(typed: string): string | null {
  const raw = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (raw.length !== LENGTH || [...raw].some((c) => !ALPHABET.includes(c))) return null
  return formatCode(raw)
}
