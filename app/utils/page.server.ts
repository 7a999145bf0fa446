import { translatorFor } from '../i18n/i18n.server.ts'

/** "Catalogue – Public service portal": the page's own words first, as screen readers announce them. */
export async function pageTitle(request: Request, key: string, values?: Record<string, unknown>) {
  const t = await translatorFor(request)
  return `${t(key, values)} – ${t('site.name')}`
}
