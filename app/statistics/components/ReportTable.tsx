import { useTranslation } from 'react-i18next'
import type { Headline } from '~/statistics/domain/indicators.ts'
import { REPORT_COLUMNS, REPORT_GROUPS, type ReportColumn } from '~/statistics/domain/report.ts'
import { TableScroll } from '../../components/TableScroll.tsx'
import { useFormats } from './use-formats.ts'

export interface ReportBlock {
  key: string
  label: string
  lines: { key: string; label: string; figures: Headline }[]
  subtotal?: Headline
}

/** One table of the periodic report: two heading rows as on the official form, then sections of numbered lines. */
export function ReportTable({ caption, nameHeading, blocks, total }: { caption: string; nameHeading: string; blocks: ReportBlock[]; total: Headline }) {
  const { t } = useTranslation()
  const f = useFormats()
  const value = (figures: Headline, column: ReportColumn) => (column === 'onTimeRate' ? f.rate(figures[column]) : f.count(figures[column]))
  const cells = (figures: Headline) =>
    REPORT_COLUMNS.map((c) => (
      <td key={c} className="num">
        {value(figures, c)}
      </td>
    ))
  let number = 0
  return (
    <TableScroll label={caption}>
      <table className="report">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('statistics.report.number')}
            </th>
            <th scope="col" rowSpan={2}>
              {nameHeading}
            </th>
            {REPORT_GROUPS.map((g) => (
              <th key={g.group} scope="colgroup" colSpan={g.columns.length}>
                {t(`statistics.report.groups.${g.group}`)}
              </th>
            ))}
          </tr>
          <tr>
            {REPORT_COLUMNS.map((c) => (
              <th key={c} scope="col" className="num">
                {t(`statistics.report.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {blocks.map((block) => (
            <ReportSectionRows key={block.key || 'all'} block={block} cells={cells} next={() => ++number} />
          ))}
          <tr className="report__total">
            <td />
            <th scope="row">{t('statistics.report.total')}</th>
            {cells(total)}
          </tr>
        </tbody>
      </table>
    </TableScroll>
  )
}

function ReportSectionRows({ block, cells, next }: { block: ReportBlock; cells: (figures: Headline) => JSX.Element[]; next: () => number }) {
  return (
    <>
      {block.subtotal ? (
        <tr className="report__section">
          <td />
          <th scope="row">{block.label}</th>
          {cells(block.subtotal)}
        </tr>
      ) : null}
      {block.lines.map((line) => (
        <tr key={line.key}>
          <td className="num">{next()}</td>
          <th scope="row">{line.label}</th>
          {cells(line.figures)}
        </tr>
      ))}
    </>
  )
}
