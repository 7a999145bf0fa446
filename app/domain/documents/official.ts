// Pieces every administrative document prints the same way (Decree 30/2020/NĐ-CP): the place name of the date
// line, the date spelled as "ngày 01 tháng 12 năm 2026", and the issuing number.
import { formatDate } from '../format.ts'

const UNIT_TYPES = /^(Phường|Xã|Đặc khu|Thị trấn|Thị xã|Thành phố|Tỉnh|Quận|Huyện)\s+/u

/** "Phường Long Xuyên" → "Long Xuyên", "Tỉnh An Giang" → "An Giang": the place as the date line names it. */
export function placeName(unitName: string): string {
  return unitName.replace(UNIT_TYPES, '').trim()
}

/** The day, month and year of a date in Vietnam, two digits where the date line wants them. */
export function dateParts(date: Date | string): { dd: string; mm: string; yyyy: string } {
  const [dd, mm, yyyy] = formatDate(date).split('/') as [string, string, string]
  return { dd, mm, yyyy }
}

/** The document's number: its place in the day's register (the dossier code's counter) and the form's abbreviation. */
export function documentNumber(dossierCode: string | null, abbreviation: string): string {
  const counter = dossierCode?.split('-').at(-1)
  return `${counter ?? '…'}/${abbreviation}`
}
