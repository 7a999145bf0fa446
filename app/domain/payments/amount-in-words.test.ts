import { describe, expect, it } from 'vitest'
import { amountInWords } from './amount-in-words.ts'

describe('amount in Vietnamese words', () => {
  it.each([
    [0, 'Không đồng'],
    [8_000, 'Tám nghìn đồng'],
    [15_000, 'Mười lăm nghìn đồng'],
    [21_000, 'Hai mươi mốt nghìn đồng'],
    [24_000, 'Hai mươi bốn nghìn đồng'],
    [100_000, 'Một trăm nghìn đồng'],
    [105_000, 'Một trăm linh năm nghìn đồng'],
    [115_000, 'Một trăm mười lăm nghìn đồng'],
    [200_000, 'Hai trăm nghìn đồng'],
    [10_500, 'Mười nghìn năm trăm đồng'],
    [1_000_000, 'Một triệu đồng'],
    [1_005_000, 'Một triệu không trăm linh năm nghìn đồng'],
    [1_000_005, 'Một triệu không trăm linh năm đồng'],
    [1_500_000, 'Một triệu năm trăm nghìn đồng'],
    [2_000_000_000, 'Hai tỷ đồng'],
    [1_200_050_000, 'Một tỷ hai trăm triệu không trăm năm mươi nghìn đồng'],
    [1_000_000_000_000, 'Một nghìn tỷ đồng'],
  ])('%i → %s', (amount, words) => {
    expect(amountInWords(amount)).toBe(words)
  })

  it('refuses what is not a whole number of đồng', () => {
    expect(() => amountInWords(1.5)).toThrow(RangeError)
    expect(() => amountInWords(-1)).toThrow(RangeError)
  })
})
