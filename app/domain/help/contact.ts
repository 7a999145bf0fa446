/**
 * The province's contact channels, from configuration (README › Configuration): each one is shown only when it
 * is set, so a deployment never shows a made-up number. The opening hours are written by the province in
 * Vietnamese and are marked as such on English pages.
 */
export interface ContactChannels {
  hotline: { display: string; tel: string } | null
  email: string | null
  address: string | null
  hours: string | null
}

export function contactChannels(env: Record<string, string | undefined>): ContactChannels {
  const value = (name: string) => env[name]?.trim() || null
  const hotline = value('CONTACT_HOTLINE')
  return {
    // A `tel:` address keeps only digits and a leading +: "1900 1234" → tel:19001234.
    hotline: hotline ? { display: hotline, tel: hotline.replace(/(?!^\+)[^\d]/g, '') } : null,
    email: value('CONTACT_EMAIL'),
    address: value('CONTACT_ADDRESS'),
    hours: value('CONTACT_HOURS'),
  }
}
