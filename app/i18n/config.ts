export const LANGUAGES = ['vi', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'vi'
export const LANGUAGE_COOKIE = 'lng'
export const NAMESPACE = 'common'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** `?lng=` wins, then the remembered cookie, then Vietnamese. */
export function pickLanguage(query: string | null | undefined, cookieHeader: string | null | undefined): Language {
  if (isLanguage(query)) return query
  const match = cookieHeader?.match(new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([a-z]{2})`))
  return isLanguage(match?.[1]) ? match[1] : DEFAULT_LANGUAGE
}
