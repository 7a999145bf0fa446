/**
 * How the support-point directory shows a contact: Vietnamese landlines carry a 02x area code (since the 2017
 * renumbering), mobiles start 03, 05, 07, 08 or 09; a map link opens the point's coordinates in the phone's maps.
 */
export type PhoneKind = 'landline' | 'mobile' | 'other'

export function phoneKind(phone: string): PhoneKind {
  const digits = phone.replace(/\D/g, '').replace(/^84/, '0')
  if (/^02\d{9}$/.test(digits)) return 'landline'
  if (/^0[35789]\d{8}$/.test(digits)) return 'mobile'
  return 'other'
}

/** 02963841001 → "0296 3841 001"; 0907654321 → "0907 654 321"; anything else as it was written. */
export function formatPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  if (phoneKind(digits) === 'landline') return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`
  if (phoneKind(digits) === 'mobile') return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`
  return phone
}

/**
 * A maps address for WGS 84 coordinates (decision 050): Google Maps' documented search URL, which phones open in
 * the maps app they have; null when the point has no coordinates yet.
 */
export function mapLink(latitude: number | null, longitude: number | null): string | null {
  if (latitude == null || longitude == null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null
  return `https://www.google.com/maps/search/?api=1&query=${latitude.toFixed(6)},${longitude.toFixed(6)}`
}
