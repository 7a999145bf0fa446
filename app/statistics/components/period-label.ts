import type { TFunction } from 'i18next'
import { showCalendarDate } from '~/domain/calendar/dates.ts'
import type { Period } from '~/statistics/domain/period.ts'

/** A period as pages receive it (without its instants). */
export type PeriodShown = Pick<Period, 'key' | 'kind' | 'year' | 'index' | 'cutOff' | 'firstDay' | 'lastDay'>

/** "quý 4 năm 2026", "6 tháng đầu năm 2026", "từ 01/10/2026 đến 15/11/2026"; a cut-off period names its days. */
export function periodLabel(period: PeriodShown, t: TFunction): string {
  const days = { first: showCalendarDate(period.firstDay), last: showCalendarDate(period.lastDay) }
  const name = t(`statistics.periods.${period.kind}${period.kind === 'half' ? period.index : ''}`, { year: period.year, index: period.index, ...days })
  return period.cutOff ? t('statistics.periods.withCutOff', { name, ...days }) : name
}
