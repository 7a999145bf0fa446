import type { LoaderFunctionArgs } from '@remix-run/node'
import { periodLabel } from '~/statistics/components/period-label.ts'
import { figuresTable, scoresTable } from '~/statistics/table-files.server.ts'
import { translatorFor } from '~/i18n/i18n.server.ts'
import { tableDownload, tableFormat } from '~/statistics/table-download.server.ts'
import { refusedDownload, statisticsReport, statisticsScope, type StatisticsPlace } from '~/statistics/scope.server.ts'

/** The dashboard's table as a file, in the reader's language: …/tai-ve/csv or …/tai-ve/xlsx. */
export async function dashboardFileLoader({ request, params }: LoaderFunctionArgs, place: StatisticsPlace) {
  const format = tableFormat(params.format)
  const scope = await statisticsScope(request, place)
  const t = await translatorFor(request)
  if (!scope.ok) throw refusedDownload(t(scope.input.error!))
  const { total, groups } = await statisticsReport(scope)
  const caption = [t('dashboard.heading', { period: periodLabel(scope.period, t) })]
  const tables = [figuresTable({ caption, dimension: scope.dimension, groups, total }, t), scoresTable(total, t)]
  return tableDownload(format, tables, `thong-ke-${scope.period.key}-${scope.dimension}`, scope.language, t('site.name'))
}
