import { createInstance, type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import en from '../../locales/en/common.json'
import vi from '../../locales/vi/common.json'
import { DEFAULT_LANGUAGE, LANGUAGE_COOKIE, NAMESPACE, pickLanguage, type Language } from './config.ts'

const resources = { vi: { [NAMESPACE]: vi }, en: { [NAMESPACE]: en } }

export function languageOf(request: Request): Language {
  return pickLanguage(new URL(request.url).searchParams.get('lng'), request.headers.get('Cookie'))
}

/** A fresh i18next per request: concurrent requests in two languages must not share state. */
export async function createServerI18n(language: Language): Promise<i18n> {
  const instance = createInstance()
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    resources,
    interpolation: { escapeValue: false },
  })
  return instance
}

/** Translator for loaders and actions (page titles, e-mails). */
export async function translatorFor(request: Request) {
  return (await createServerI18n(languageOf(request))).t
}

export function languageCookie(language: Language) {
  return `${LANGUAGE_COOKIE}=${language}; Path=/; Max-Age=31536000; SameSite=Lax`
}
