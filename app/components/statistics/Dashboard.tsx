import { Form, Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PeriodField } from './PeriodField.tsx'
import { FigureList } from './FigureList.tsx'
import { FilterSelect } from '~/components/forms/FilterSelect.tsx'
import { formatAmount, formatShare } from '~/domain/format.ts'
import { COLUMNS, DIMENSIONS, type Dimension } from '~/domain/statistics/dimensions.ts'
import type { Headline } from '~/domain/statistics/indicators.ts'
import type { Score } from '~/domain/statistics/scores.ts'
import { FiguresChart } from './FiguresChart.tsx'
import { TableScroll } from '../TableScroll.tsx'

type Group = Headline & { key: string; label: string }
export interface DashboardData {
  period: string
  dimension: Dimension
  base: string
  total: Group
  groups: Group[]
  scores: { groups: Score[]; total: number; max: number }
  procedures: { all: number; full: number; partial: number; onlineShare: number | null; used: number; usedShare: number | null }
}

const days = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

/** Leaders' and administrators' statistics: headline figures, Decision 766 scores, a chart and the table by cut. */
export function StatisticsDashboard({ period, dimension, base, total, groups, scores, procedures }: DashboardData) {
  const { t } = useTranslation()
  const query = `ky=${period}&theo=${dimension}`
  const label = (g: Group) => (dimension === 'channel' ? t(`channel.${g.key}`) : g.label)
  const show = (g: Group, column: (typeof COLUMNS)[number]) => {
    const value = g[column.name]
    if (column.show === 'share') return formatShare(value)
    if (column.show === 'amount') return formatAmount(value ?? 0)
    if (column.show === 'days') return value === null ? '—' : days.format(value)
    return String(value)
  }
  const drill = (g: Group, figure: string) => `${base}/ho-so?${query}${g.key ? `&ma=${encodeURIComponent(g.key)}` : ''}&chi-so=${figure}`
  const cards: [string, string][] = [
    [String(total.received), t('dashboard.cards.received')],
    [formatShare(total.onlineShare), t('dashboard.cards.onlineShare')],
    [formatShare(total.onTimeRate), t('dashboard.cards.onTimeRate')],
    [String(total.inProgressOverdue), t('dashboard.cards.overdue')],
    [t('money.vnd', { amount: formatAmount(total.onlinePaymentAmount) }), t('dashboard.cards.paidOnline', { count: total.onlinePayments })],
    [formatShare(total.satisfactionShare), t('dashboard.cards.satisfied', { count: total.rated })],
    [total.averageProcessingDays === null ? '—' : days.format(total.averageProcessingDays), t('dashboard.cards.averageDays')],
    [`${procedures.used}/${procedures.full + procedures.partial}`, t('dashboard.cards.proceduresUsed')],
  ]
  return (
    <>
      <h1>{t('dashboard.heading', { period })}</h1>
      <Form method="get" className="panel">
        <div className="filters">
          <PeriodField period={period} />
          <FilterSelect name="theo" label={t('dashboard.by')} value={dimension} options={DIMENSIONS.map((d) => ({ value: d, label: t(`dashboard.dimensions.${d}`) }))} />
        </div>
        <button type="submit" className="button button--secondary">
          {t('statistics.show')}
        </button>
      </Form>
      <FigureList figures={cards} compact />

      <h2>{t('dashboard.scores.title')}</h2>
      <p className="secondary">{t('dashboard.scores.lead')}</p>
      <dl className="summary-list">
        {scores.groups.map((g) => (
          <div key={g.group} className="summary-list__row">
            <dt>{t(`dashboard.scores.groups.${g.group}`)}</dt>
            <dd>{g.points === null ? t('dashboard.scores.none', { max: g.max }) : t('dashboard.scores.value', { points: days.format(g.points), max: g.max })}</dd>
          </div>
        ))}
        <div className="summary-list__row">
          <dt>{t('dashboard.total')}</dt>
          <dd>
            <strong>{t('dashboard.scores.value', { points: days.format(scores.total), max: scores.max })}</strong>
          </dd>
        </div>
      </dl>

      <h2>{t('dashboard.byHeading', { by: t(`dashboard.dimensions.${dimension}`).toLowerCase() })}</h2>
      <p>
        {t('dashboard.export')}{' '}
        <a href={`${base}/tai-ve/csv?${query}`} download>
          CSV
        </a>
        {' · '}
        <a href={`${base}/tai-ve/xlsx?${query}`} download>
          XLSX
        </a>
      </p>
      {groups.length > 0 && groups.length <= 40 && <FiguresChart groups={groups.map((g) => ({ ...g, label: label(g) }))} />}
      <TableScroll label={t('dashboard.heading', { period })}>
        <table>
          <caption className="visually-hidden">{t('dashboard.heading', { period })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`dashboard.dimensions.${dimension}`)}</th>
              {COLUMNS.map((c) => (
                <th key={c.name} scope="col" className="num">
                  {t(`dashboard.columns.${c.name}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...groups, total].map((g) => (
              <tr key={g.key || 'total'}>
                <th scope="row">{g.key ? label(g) : t('dashboard.total')}</th>
                {COLUMNS.map((c) => (
                  <td key={c.name} className="num">
                    {c.list && g[c.list] > 0 ? <Link to={drill(g, c.list)}>{show(g, c)}</Link> : show(g, c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="secondary">{t('statistics.definitions')}</p>
    </>
  )
}
