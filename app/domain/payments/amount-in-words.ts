// An amount of money in Vietnamese words, as receipts write it next to the figures ("Số tiền bằng chữ"):
// 1.005.000 → "Một triệu không trăm linh năm nghìn đồng". The words are part of the official document, which is
// always in Vietnamese, so they live here with the grammar rather than in a translation.
const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const

/** Tens and units of 0–99 after a hundreds place: "linh năm", "mười lăm", "hai mươi mốt", "ba mươi". */
function tensAndUnits(n: number, afterHundreds: boolean): string[] {
  const tens = Math.floor(n / 10)
  const units = n % 10
  if (tens === 0) return units === 0 ? [] : [...(afterHundreds ? ['linh'] : []), DIGITS[units]!]
  const words = tens === 1 ? ['mười'] : [DIGITS[tens]!, 'mươi']
  if (units === 1 && tens > 1) words.push('mốt')
  else if (units === 5) words.push('lăm')
  else if (units > 0) words.push(DIGITS[units]!)
  return words
}

/** A group of three digits; inside a larger number its hundreds are spoken even when zero ("không trăm"). */
function group(n: number, inner: boolean): string[] {
  const hundreds = Math.floor(n / 100)
  const rest = n % 100
  if (hundreds === 0 && !inner) return tensAndUnits(rest, false)
  return [DIGITS[hundreds]!, 'trăm', ...tensAndUnits(rest, true)]
}

/** Below a billion: millions, thousands and units, each group with its scale word; empty groups are skipped. */
function belowBillion(n: number, inner: boolean): string[] {
  const words: string[] = []
  let started = inner
  for (const [value, scale] of [
    [Math.floor(n / 1e6), 'triệu'],
    [Math.floor(n / 1e3) % 1000, 'nghìn'],
    [n % 1000, ''],
  ] as const) {
    if (value === 0) continue
    words.push(...group(value, started))
    if (scale) words.push(scale)
    started = true
  }
  return words
}

/** Billions name "tỷ" after what they count, which may itself run into thousands ("một nghìn tỷ"). */
function spell(n: number, inner: boolean): string[] {
  if (n < 1e9) return belowBillion(n, inner)
  const low = n % 1e9
  return [...spell(Math.floor(n / 1e9), inner), 'tỷ', ...(low ? belowBillion(low, true) : [])]
}

/** The words of a whole number of đồng, first letter capitalised, ending in "đồng". */
export function amountInWords(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError('An amount in words is a whole, non-negative number of đồng')
  const text = [...(amount === 0 ? ['không'] : spell(amount, false)), 'đồng'].join(' ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}
