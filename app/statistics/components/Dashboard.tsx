import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FilterSelect } from '~/components/forms/FilterSelect.tsx'
import { COLUMNS, DIMENSIONS, type Dimension } from '~/statistics/domain/dimensions.ts'
import type { Headline } from '~/statistics/domain/indicators.ts'
import type { Score } from '~/statistics/domain/scores.ts'
import type { CatalogueFigures } from '~/statistics/figures.server.ts'
import { TableScroll } from '../../components/TableScroll.tsx'
import { FiguresChart } from './FiguresChart.tsx'
import { CatalogueCards, HeadlineCards } from './HeadlineCards.tsx'
import { PeriodForm, type PeriodInput } from './PeriodField.tsx'
import { periodLabel, type PeriodShown } from './period-label.ts'
import { useFormats } from './use-formats.ts'

type Group = Headline & { key: string; label: string }
export interface DashboardData {
  input: PeriodInput
  period: PeriodShown | null
  query: string
  dimension: Dimension
  base: string
  total?: Group
  groups?: Group[]
  scores?: { groups: Score[]; total: number; max: number }
  catalogue?: CatalogueFigures
}

/** Leaders' and administrators' statistics: headline figures, Decision 766 scores, a chart and the table by cut. */
export function StatisticsDashboard({ input, period, query, dimension, base, total, groups, scores, catalogue }: DashboardData) {
  const { t } = useTranslation()
  const f = useFormats()
  const heading = period ? t('dashboard.heading', { period: periodLabel(period, t) }) : t('dashboard.title')
  const label = (g: Group) => (dimension === 'channel' ? t(`channel.${g.key}`) : g.label)
  const show = (g: Group, column: (typeof COLUMNS)[number]) => f.show(g[column.name], column.show)
  const drill = (g: Group, figure: string) => `${base}/ho-so?${query}&theo=${dimension}${g.key ? `&ma=${encodeURIComponent(g.key)}` : ''}&chi-so=${figure}`
  const form = (
    <PeriodForm input={input}>
      <FilterSelect name="theo" label={t('dashboard.by')} value={dimension} options={DIMENSIONS.map((d) => ({ value: d, label: t(`dashboard.dimensions.${d}`) }))} />
    </PeriodForm>
  )
  if (!period || !total || !groups || !scores || !catalogue) {
    return (
      <>
        <h1>{heading}</h1>
        {form}
      </>
    )
  }
  return (
    <>
      <h1>{heading}</h1>
      {form}
      <p>
        <Link to={`${base}/bao-cao?${query}`}>{t('dashboard.report')}</Link>
      </p>
      <HeadlineCards figures={total} compact />

      <h2>{t('dashboard.scores.title')}</h2>
      <p className="secondary">{t('dashboard.scores.lead')}</p>
      <dl className="summary-list">
        {scores.groups.map((g) => (
          <div key={g.group} className="summary-list__row">
            <dt>{t(`dashboard.scores.groups.${g.group}`)}</dt>
            <dd>{g.points === null ? t('dashboard.scores.none', { max: g.max }) : t('dashboard.scores.value', { points: f.days(g.points), max: g.max })}</dd>
          </div>
        ))}
        <div className="summary-list__row">
          <dt>{t('dashboard.total')}</dt>
          <dd>
            <strong>{t('dashboard.scores.value', { points: f.days(scores.total), max: scores.max })}</strong>
          </dd>
        </div>
      </dl>

      <h2>{t('dashboard.byHeading', { by: t(`dashboard.dimensions.${dimension}`).toLowerCase() })}</h2>
      <p>
        {t('dashboard.export')}{' '}
        <a href={`${base}/tai-ve/csv?${query}&theo=${dimension}`} download>
          CSV
        </a>
        {' · '}
        <a href={`${base}/tai-ve/xlsx?${query}&theo=${dimension}`} download>
          XLSX
        </a>
      </p>
      {groups.length > 0 && groups.length <= 40 && <FiguresChart groups={groups.map((g) => ({ ...g, label: label(g) }))} />}
      <TableScroll label={heading}>
        <table>
          <caption className="visually-hidden">{heading}</caption>
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
      <CatalogueCards catalogue={catalogue} compact />
      <p className="secondary">{t('statistics.definitions')}</p>
    </>
  )
}
