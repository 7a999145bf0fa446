import { useTranslation } from 'react-i18next'
import { isLanguage, type Language } from '~/i18n/config.ts'
import { formatCount, formatDays, formatMoney, formatMoneyHeadline, formatRate } from '~/statistics/domain/format.ts'
import type { Show } from '~/statistics/domain/dimensions.ts'

/** The statistics formats of the page's language. */
export function useFormats() {
  const { i18n } = useTranslation()
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'vi'
  const count = (n: number) => formatCount(n, language)
  const rate = (share: number | null) => formatRate(share, language)
  const days = (n: number | null) => formatDays(n, language)
  const money = (amount: number) => formatMoney(amount, language)
  const headlineMoney = (amount: number) => formatMoneyHeadline(amount, language)
  const show = (value: number | null, as: Show) => (as === 'share' ? rate(value) : as === 'days' ? days(value) : as === 'amount' ? count(value ?? 0) : count(value ?? 0))
  return { language, count, rate, days, money, headlineMoney, show }
}
