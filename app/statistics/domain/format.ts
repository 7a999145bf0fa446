// How statistics are written in each language: Vietnamese reports group thousands with dots, write decimals with
// a comma and rates with two decimals (459.654 hồ sơ, 98,62 %), and headline cards give money in "tỷ đồng" or
// "triệu đồng" as the press does; English uses English formats (459,654; 98.62%; VND 3.9 billion).
import type { Language } from '../../i18n/config.ts'

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' }
const cache = new Map<string, Intl.NumberFormat>()
function numbers(language: Language, digits: number) {
  const id = `${language}:${digits}`
  let format = cache.get(id)
  if (!format) cache.set(id, (format = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: digits, maximumFractionDigits: digits })))
  return format
}

/** 459654 → "459.654" (vi) or "459,654" (en). */
export function formatCount(count: number, language: Language): string {
  return numbers(language, 0).format(count)
}

/** A share with two decimals: 0.98624 → "98,62 %" (vi, with a non-breaking space) or "98.62%" (en); "—" when none. */
export function formatRate(share: number | null, language: Language): string {
  if (share === null) return '—'
  const value = numbers(language, 2).format(share * 100)
  return language === 'vi' ? `${value}\u00a0%` : `${value}%`
}

/** A number of days with two decimals (8,09 / 8.09); "—" when none. */
export function formatDays(days: number | null, language: Language): string {
  return days === null ? '—' : numbers(language, 2).format(days)
}

/** VND in full: "3.901.000 đồng" / "VND 3,901,000". */
export function formatMoney(amount: number, language: Language): string {
  const value = formatCount(amount, language)
  return language === 'vi' ? `${value} đồng` : `VND ${value}`
}

const SCALES = [
  { from: 1e9, vi: 'tỷ đồng', en: 'billion' },
  { from: 1e6, vi: 'triệu đồng', en: 'million' },
] as const

/** VND on a headline card: "12,46 tỷ đồng", "3,9 triệu đồng" / "VND 12.46 billion"; small sums in full. */
export function formatMoneyHeadline(amount: number, language: Language): string {
  const scale = SCALES.find((s) => Math.abs(amount) >= s.from)
  if (!scale) return formatMoney(amount, language)
  const value = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(amount / scale.from)
  return language === 'vi' ? `${value} ${scale.vi}` : `VND ${value} ${scale.en}`
}
