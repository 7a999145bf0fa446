import { describe, expect, it } from 'vitest'
import { formatCount, formatDays, formatMoney, formatMoneyHeadline, formatRate } from './format.ts'

describe('figures written as Vietnamese reports write them', () => {
  it('groups counts with dots, rates with two decimals and a decimal comma', () => {
    expect(formatCount(459_654, 'vi')).toBe('459.654')
    expect(formatRate(0.98624, 'vi')).toBe('98,62\u00a0%')
    expect(formatRate(1, 'vi')).toBe('100,00\u00a0%')
    expect(formatRate(2 / 3, 'vi')).toBe('66,67\u00a0%')
    expect(formatRate(null, 'vi')).toBe('—')
    expect(formatDays(8.086, 'vi')).toBe('8,09')
  })

  it('gives money in đồng, and in tỷ or triệu đồng on headline cards', () => {
    expect(formatMoney(3_901_000, 'vi')).toBe('3.901.000 đồng')
    expect(formatMoneyHeadline(12_456_000_000, 'vi')).toBe('12,46 tỷ đồng')
    expect(formatMoneyHeadline(3_901_000, 'vi')).toBe('3,9 triệu đồng')
    expect(formatMoneyHeadline(500_000, 'vi')).toBe('500.000 đồng')
  })
})

describe('figures in English', () => {
  it('uses English separators and units', () => {
    expect(formatCount(459_654, 'en')).toBe('459,654')
    expect(formatRate(0.98624, 'en')).toBe('98.62%')
    expect(formatDays(8.086, 'en')).toBe('8.09')
    expect(formatMoney(3_901_000, 'en')).toBe('VND 3,901,000')
    expect(formatMoneyHeadline(12_456_000_000, 'en')).toBe('VND 12.46 billion')
  })
})
