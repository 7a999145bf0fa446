import { useTranslation } from 'react-i18next'

/**
 * The `lang` attribute for catalogue content that exists only in Vietnamese (procedure texts, agency and place
 * names, what a province typed): `"vi"` on pages in another language, so screen readers read it as Vietnamese
 * (WCAG 3.1.2); nothing on Vietnamese pages, where it is the page's own language.
 */
export function useVietnameseContent(): 'vi' | undefined {
  const { i18n } = useTranslation()
  return i18n.language === 'vi' ? undefined : 'vi'
}
