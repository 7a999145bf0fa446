/**
 * The text-size control (WCAG 1.4.4): the whole page is sized in rem, so one percentage on <html> scales every
 * text and the layout reflows up to 200 %. The choice is a cookie, so it works without JavaScript; a page
 * carrying it is never served from the public page cache (decision 013), which stores only cookie-less pages.
 */
export const TEXT_SIZES = [100, 150, 200] as const
export type TextSize = (typeof TEXT_SIZES)[number]
export const TEXT_SIZE_COOKIE = 'co-chu'

export function parseTextSize(value: unknown): TextSize {
  const size = Number(value)
  return (TEXT_SIZES as readonly number[]).includes(size) ? (size as TextSize) : 100
}

export function textSizeFromCookie(cookieHeader: string | null | undefined): TextSize {
  return parseTextSize(cookieHeader?.match(new RegExp(`(?:^|;\\s*)${TEXT_SIZE_COOKIE}=(\\d+)`))?.[1])
}

/** Where to go back to after choosing: only a path on this site, never `//elsewhere`. */
export function returnPath(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])/.test(value) ? value : '/'
}
