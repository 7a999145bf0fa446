// How dates, numbers and money are shown, in the reader's language: Vietnamese writes dd/mm/yyyy, groups thousands
// with dots and puts the time before the date (14:05 22/11/2026); English writes "22 Nov 2026", groups with commas
// and puts the date first ("22 Nov 2026, 14:05"). Always in Vietnam's time zone, whatever the server's.
// Official documents (forms, receipts) are Vietnamese whatever the page's language: they call these with 'vi'.
import type { Language } from '../i18n/config.ts'

export const TIME_ZONE = 'Asia/Ho_Chi_Minh'

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' }

const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: 'short', year: 'numeric' }),
}
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

const numberFormats = new Map<string, Intl.NumberFormat>()
function numbers(language: Language, digits: number) {
  const id = `${language}:${digits}`
  let format = numberFormats.get(id)
  if (!format) numberFormats.set(id, (format = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: digits, maximumFractionDigits: digits })))
  return format
}

/** 22/11/2026 (vi) or 22 Nov 2026 (en) in Vietnam's time zone. */
export function formatDate(value: Date | string, language: Language = 'vi'): string {
  return dateFormats[language].format(new Date(value))
}

/** 14:05 22/11/2026, the order Vietnamese forms use; 22 Nov 2026, 14:05 in English. */
export function formatDateTime(value: Date | string, language: Language = 'vi'): string {
  const date = new Date(value)
  const [time, day] = [timeFormat.format(date), formatDate(date, language)]
  return language === 'vi' ? `${time} ${day}` : `${day}, ${time}`
}

/** 14:05 in Vietnam's time zone. */
export function formatTime(value: Date | string): string {
  return timeFormat.format(new Date(value))
}

/** 459654 → "459.654" (vi) or "459,654" (en); `digits` decimals (a decimal comma in Vietnamese). */
export function formatNumber(value: number, language: Language = 'vi', digits = 0): string {
  return numbers(language, digits).format(value)
}

/** 1.250.000 (vi) or 1,250,000 (en) — the unit (đồng, VND) comes from the locale so each language reads naturally. */
export function formatAmount(amount: number, language: Language = 'vi'): string {
  if (!Number.isInteger(amount)) throw new RangeError('VND amounts are whole numbers')
  return formatNumber(amount, language)
}

const percents: Record<Language, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }),
}

/** 0.875 → "87,5%" (vi) or "87.5%" (en); no share (nothing to divide) → "—". */
export function formatShare(share: number | null, language: Language = 'vi'): string {
  return share === null ? '—' : percents[language].format(share)
}
