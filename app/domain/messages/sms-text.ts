// SMS as carriers take them for one segment: plain ASCII (GSM-7 safe), at most 160 characters. Vietnamese
// loses its marks ("Hồ sơ đã tiếp nhận" → "Ho so da tiep nhan"); what does not fit is the detail (the list of
// items, a reason), cut at a word with "...", never the code or the instructions around it.
export const SMS_MAX = 160

/** Plain ASCII: diacritics dropped, đ → d, anything else outside printable ASCII removed, spaces collapsed. */
export function toAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function cut(text: string, room: number): string {
  if (text.length <= room) return text
  if (room < 4) return ''
  const head = text.slice(0, room - 3)
  const atWord = head.lastIndexOf(' ')
  return `${(atWord > room / 2 ? head.slice(0, atWord) : head).replace(/[\s,;:.]+$/, '')}...`
}

/**
 * One SMS: `render(detail)` builds the whole text around the detail. The detail is shortened until the
 * text fits; a text that cannot fit even without it is cut at the end.
 */
export function composeSms(render: (detail: string) => string, detail = ''): string {
  const plain = toAscii(detail)
  const full = toAscii(render(plain))
  if (full.length <= SMS_MAX) return full
  const room = SMS_MAX - toAscii(render('')).length
  const fitted = toAscii(render(cut(plain, room)))
  return fitted.length <= SMS_MAX ? fitted : cut(fitted, SMS_MAX)
}
