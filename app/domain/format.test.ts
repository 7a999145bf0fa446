import { describe, expect, it } from 'vitest'
import { formatAmount, formatDate, formatDateTime } from './format.ts'

describe('dates in Asia/Ho_Chi_Minh', () => {
  it('shows dd/mm/yyyy in Vietnam time, not UTC', () => {
    // 18:30 UTC on 31 Dec is already New Year's Day in Vietnam (UTC+7).
    expect(formatDate(new Date('2025-12-31T18:30:00Z'))).toBe('01/01/2026')
    expect(formatDate('2026-11-22T03:00:00Z')).toBe('22/11/2026')
  })

  it('puts the time before the date, on a 24-hour clock', () => {
    expect(formatDateTime(new Date('2026-03-05T09:05:00Z'))).toBe('16:05 05/03/2026')
  })
})

describe('VND amounts', () => {
  it('groups thousands with dots, as Vietnamese readers expect', () => {
    expect(formatAmount(0)).toBe('0')
    expect(formatAmount(8_000)).toBe('8.000')
    expect(formatAmount(1_500_000)).toBe('1.500.000')
  })

  it('refuses fractions: VND has no minor unit', () => {
    expect(() => formatAmount(10.5)).toThrow(RangeError)
  })
})

describe('shares', () => {
  it('shows percentages with a Vietnamese decimal comma, and a dash when undefined', async () => {
    const { formatShare } = await import('./format.ts')
    expect(formatShare(0.875)).toBe('87,5%')
    expect(formatShare(1)).toBe('100%')
    expect(formatShare(null)).toBe('—')
  })
})

describe('formats follow the language', () => {
  it('writes English dates with the month in words, the date before the time', async () => {
    const { formatDate, formatDateTime } = await import('./format.ts')
    expect(formatDate('2026-11-22T03:00:00Z', 'en')).toBe('22 Nov 2026')
    expect(formatDateTime(new Date('2026-03-05T09:05:00Z'), 'en')).toBe('5 Mar 2026, 16:05')
  })

  it('groups English numbers and amounts with commas and writes a decimal point', async () => {
    const { formatAmount, formatNumber, formatShare } = await import('./format.ts')
    expect(formatAmount(1_500_000, 'en')).toBe('1,500,000')
    expect(formatNumber(459_654, 'en')).toBe('459,654')
    expect(formatNumber(8.094, 'vi', 2)).toBe('8,09')
    expect(formatShare(0.875, 'en')).toBe('87.5%')
  })
})
