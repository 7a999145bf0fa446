// CCCD / personal identification number (số định danh cá nhân): 12 digits. The first three name the
// province of birth registration (codes of the 63 provinces before the 2025 merger, which numbers keep);
// the fourth encodes century and sex.
const PROVINCE_CODES = new Set(
  (
    '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 ' +
    '037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 ' +
    '077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'
  ).split(' '),
)

export type NationalIdProblem = 'format' | 'province'

export function nationalIdProblem(value: string): NationalIdProblem | null {
  if (!/^\d{12}$/.test(value)) return 'format'
  if (!PROVINCE_CODES.has(value.slice(0, 3))) return 'province'
  return null
}

/** Shown in lists and receipts: the middle digits hidden. */
export function maskNationalId(value: string): string {
  return value.length === 12 ? `${value.slice(0, 3)}******${value.slice(9)}` : value
}

/** "Nguyễn Thị Bé Na" → "Nguyễn T. B. N.": enough to recognise a document, not to learn a stranger's name. */
export function maskName(name: string): string {
  const [family, ...rest] = name.trim().split(/\s+/)
  return [family, ...rest.map((part) => `${part.charAt(0)}.`)].filter(Boolean).join(' ')
}
