import { createInstance, type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from '../../locales/en/common.json'
import vi from '../../locales/vi/common.json'
import { DEFAULT_LANGUAGE, LANGUAGE_COOKIE, NAMESPACE, pickLanguage, type Language } from './config.ts'

const resources = { vi: { [NAMESPACE]: vi }, en: { [NAMESPACE]: en } }

export function languageOf(request: Request): Language {
  return pickLanguage(new URL(request.url).searchParams.get('lng'), request.headers.get('Cookie'))
}

const instances = new Map<Language, Promise<i18n>>()

/**
 * One i18next per language, made on first use and shared by every request in that language: nothing on the
 * server changes an instance's language, so concurrent requests cannot disturb each other, and a page no
 * longer pays for building two instances (loader and render).
 */
export function serverI18n(language: Language): Promise<i18n> {
  let instance = instances.get(language)
  if (!instance) {
    const created = createInstance()
    instance = created
      .use(initReactI18next)
      .init({ lng: language, fallbackLng: DEFAULT_LANGUAGE, ns: [NAMESPACE], defaultNS: NAMESPACE, resources, interpolation: { escapeValue: false } })
      .then(() => created)
    instances.set(language, instance)
  }
  return instance
}

/** Translator for loaders and actions (page titles, e-mails). */
export async function translatorFor(request: Request) {
  return (await serverI18n(languageOf(request))).t
}

export function languageCookie(language: Language) {
  return `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=31536000; SameSite=Lax`
}
