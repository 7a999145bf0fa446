// A reporting period from the address: ?ky=2026 (a year) or ?ky=2026-11 (a month), in Vietnam's calendar.
export interface Period {
  key: string
  from: Date
  to: Date
  kind: 'year' | 'month'
}

export function parsePeriod(value: string | null, now = new Date()): Period {
  const local = new Date(now.getTime() + 7 * 3600_000)
  const month = value?.match(/^(\d{4})-(0[1-9]|1[0-2])$/)
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])]
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
    return { key: value!, kind: 'month', from: new Date(`${value}-01T00:00:00+07:00`), to: new Date(`${next}-01T00:00:00+07:00`) }
  }
  const year = value && /^\d{4}$/.test(value) ? Number(value) : local.getUTCFullYear()
  return { key: String(year), kind: 'year', from: new Date(`${year}-01-01T00:00:00+07:00`), to: new Date(`${year + 1}-01-01T00:00:00+07:00`) }
}
