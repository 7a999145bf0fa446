// How dates and money are shown: dd/mm/yyyy in Asia/Ho_Chi_Minh, VND with Vietnamese grouping.
export const TIME_ZONE = 'Asia/Ho_Chi_Minh'

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
const grouping = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })

/** 22/11/2026 in Vietnam's time zone, whatever the server's. */
export function formatDate(value: Date | string): string {
  return dateFormat.format(new Date(value))
}

/** 14:05 22/11/2026, the order Vietnamese forms use. */
export function formatDateTime(value: Date | string): string {
  const date = new Date(value)
  return `${timeFormat.format(date)} ${dateFormat.format(date)}`
}

/** 1.250.000 — the unit (₫, VND) comes from the locale so each language reads naturally. */
export function formatAmount(amount: number): string {
  if (!Number.isInteger(amount)) throw new RangeError('VND amounts are whole numbers')
  return grouping.format(amount)
}

const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 })

/** 0.875 → "87,5%"; no share (nothing to divide) → "—". */
export function formatShare(share: number | null): string {
  return share === null ? '—' : percent.format(share)
}
