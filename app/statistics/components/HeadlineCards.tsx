import { useTranslation } from 'react-i18next'
import type { Headline } from '~/statistics/domain/indicators.ts'
import type { CatalogueFigures } from '~/statistics/figures.server.ts'
import { FigureList } from './FigureList.tsx'
import { useFormats } from './use-formats.ts'

/** The period's headline figures as the press writes them, with both on-time conventions. */
export function HeadlineCards({ figures, compact = false }: { figures: Headline; compact?: boolean }) {
  const { t } = useTranslation()
  const f = useFormats()
  const cards: [string, string][] = [
    [f.count(figures.handled), t('statistics.cards.handled', { carried: f.count(figures.carriedOver), received: f.count(figures.received) })],
    [f.rate(figures.onlineShare), t('statistics.cards.onlineShare', { online: f.count(figures.receivedOnline) })],
    [f.rate(figures.onTimeRate), t('statistics.cards.onTimeRate', { resolved: f.count(figures.resolved) })],
    [f.rate(figures.onTimeShareOfHandled), t('statistics.cards.onTimeOfHandled')],
    [f.rate(figures.lateShareOfHandled), t('statistics.cards.lateOfHandled')],
    [f.rate(figures.inProgressShareOfHandled), t('statistics.cards.inProgressOfHandled', { n: f.count(figures.inProgress) })],
    [f.count(figures.refusedAtReceipt), t('statistics.cards.refusedAtReceipt')],
    [f.count(figures.onlinePayments), t('statistics.cards.onlinePayments')],
    [f.headlineMoney(figures.onlinePaymentAmount), t('statistics.cards.onlinePaymentAmount')],
    [f.rate(figures.paidOnlineShare), t('statistics.cards.paidOnlineShare')],
  ]
  if (compact) {
    cards.push(
      [f.count(figures.inProgressOverdue), t('statistics.cards.overdue')],
      [f.rate(figures.satisfactionShare), t('statistics.cards.satisfied', { rated: f.count(figures.rated) })],
      [f.days(figures.averageProcessingDays), t('statistics.cards.averageDays')],
    )
  }
  return <FigureList figures={cards} compact={compact} />
}

/** The catalogue's own figures: procedures by level, offered online, used online in the period, on the national portal. */
export function CatalogueCards({ catalogue, compact = false }: { catalogue: CatalogueFigures; compact?: boolean }) {
  const { t } = useTranslation()
  const f = useFormats()
  const online = catalogue.full + catalogue.partial
  const cards: [string, string][] = [
    [f.count(catalogue.all), t('statistics.catalogue.all')],
    [f.rate(catalogue.fullShare), t('statistics.catalogue.full', { n: f.count(catalogue.full) })],
    [f.rate(catalogue.partialShare), t('statistics.catalogue.partial', { n: f.count(catalogue.partial) })],
    [f.rate(catalogue.usedShare), t('statistics.catalogue.used', { used: f.count(catalogue.used), online: f.count(online) })],
    [f.rate(catalogue.nationalPortalShare), t('statistics.catalogue.nationalPortal', { n: f.count(catalogue.nationalPortal) })],
  ]
  return (
    <>
      <h2>{t('statistics.catalogue.heading')}</h2>
      <FigureList figures={cards} compact={compact} />
      <ul className="secondary">
        {catalogue.byLevel.map((level) => (
          <li key={level.level}>{t('statistics.catalogue.byLevel', { level: f.language === 'en' ? level.nameEn : level.name, n: f.count(level.all) })}</li>
        ))}
      </ul>
    </>
  )
}
