// The page's formats: dates, numbers and money in the language the page is shown in (domain/format.ts).
import { useTranslation } from 'react-i18next'
import { formatAmount, formatDate, formatDateTime, formatNumber, formatShare, formatTime } from '../domain/format.ts'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from './config.ts'

export function useFormat() {
  const { t, i18n } = useTranslation()
  const language: Language = isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE
  return {
    language,
    date: (value: Date | string) => formatDate(value, language),
    dateTime: (value: Date | string) => formatDateTime(value, language),
    time: formatTime,
    number: (value: number) => formatNumber(value, language),
    /** "1.500.000 đồng" / "VND 1,500,000". */
    money: (amount: number) => t('money.vnd', { amount: formatAmount(amount, language) }),
    share: (share: number | null) => formatShare(share, language),
  }
}
