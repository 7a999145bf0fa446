// What the portal takes from the national e-ID's answer, and what it refuses. The claim names are configured per
// issuer (EID_CLAIM_*); the defaults are those of the national public service portal's single sign-on and of
// VNeID as provincial systems receive them (SoDinhDanh, HoVaTen, NgayThangNamSinh, GioiTinh, SoDienThoai…).
import { cleanText } from '../text.ts'
import { nationalIdProblem } from './national-id.ts'

export interface ClaimNames {
  nationalId: string
  fullName: string
  dateOfBirth: string
  sex: string
  phone: string
  address: string
  /** The identity's assurance level (VNeID level 1 or 2); empty: every identity the issuer gives is accepted. */
  level: string
}

export const DEFAULT_CLAIM_NAMES: ClaimNames = {
  nationalId: 'SoDinhDanh',
  fullName: 'HoVaTen',
  dateOfBirth: 'NgayThangNamSinh',
  sex: 'GioiTinh',
  phone: 'SoDienThoai',
  address: 'DiaChi',
  level: 'IAL',
}

/** Online public services are used through a level-2 VNeID account (identity checked in person). */
export const DEFAULT_MIN_LEVEL = 2

export interface VerifiedIdentity {
  nationalId: string
  fullName: string
  /** yyyy-mm-dd, or null when the provider gives none. */
  dateOfBirth: string | null
  sex: 'MALE' | 'FEMALE' | null
  phone: string | null
  address: string | null
}

export type IdentityProblem = 'nationalId' | 'fullName' | 'level'

const asText = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? cleanText(String(value)).replace(/\s+/g, ' ').trim() : '')

/** "19900412", "1990-04-12", "12/04/1990" or an ISO timestamp → "1990-04-12"; anything else → null. */
export function parseBirthDate(value: unknown): string | null {
  const text = asText(value)
  const ymd = /^(\d{4})-?(\d{2})-?(\d{2})(?:T|$)/.exec(text)
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text)
  const [year, month, day] = ymd ? [ymd[1], ymd[2], ymd[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : []
  if (!year) return null
  const iso = `${year}-${month}-${day}`
  const time = Date.parse(`${iso}T00:00:00Z`)
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(iso) ? iso : null
}

/** 1 / "Nam" / "male" → MALE; 2 / "Nữ" / "female" → FEMALE (the national portal sends 1 and 2). */
export function parseSex(value: unknown): 'MALE' | 'FEMALE' | null {
  const text = asText(value).normalize('NFC').toLowerCase()
  if (['1', 'nam', 'male', 'm'].includes(text)) return 'MALE'
  if (['2', 'nữ', 'nu', 'female', 'f'].includes(text)) return 'FEMALE'
  return null
}

/** "+84 912 345 678" / "84912345678" → "0912345678"; not a Vietnamese mobile number → null. */
export function parsePhone(value: unknown): string | null {
  const digits = asText(value)
    .replace(/[\s.-]/g, '')
    .replace(/^\+?84/, '0')
  return /^0[35789]\d{8}$/.test(digits) ? digits : null
}

export function identityFromClaims(
  claims: Record<string, unknown>,
  names: ClaimNames = DEFAULT_CLAIM_NAMES,
  minLevel: number = DEFAULT_MIN_LEVEL,
): { ok: true; identity: VerifiedIdentity } | { ok: false; problem: IdentityProblem } {
  const nationalId = asText(claims[names.nationalId])
  if (nationalIdProblem(nationalId)) return { ok: false, problem: 'nationalId' }
  const fullName = asText(claims[names.fullName]).normalize('NFC')
  if (!fullName || fullName.length > 100) return { ok: false, problem: 'fullName' }
  if (names.level && !(Number(asText(claims[names.level])) >= minLevel)) return { ok: false, problem: 'level' }
  return {
    ok: true,
    identity: {
      nationalId,
      fullName,
      dateOfBirth: parseBirthDate(claims[names.dateOfBirth]),
      sex: parseSex(claims[names.sex]),
      phone: parsePhone(claims[names.phone]),
      address: asText(claims[names.address]).slice(0, 300) || null,
    },
  }
}
