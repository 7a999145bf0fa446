import type { LoaderFunctionArgs } from '@remix-run/node'
import { statisticsCsv, statisticsXlsx } from '~/documents/statistics.server.ts'
import { translatorFor } from '~/i18n/i18n.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'
import { statisticsReport } from '~/utils/statistics.server.ts'

const TYPES = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }

/** The dashboard's table as a file: …/tai-ve/csv or …/tai-ve/xlsx. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const format = params.format
  if (format !== 'csv' && format !== 'xlsx') throw new Response('Not found', { status: 404 })
  const { scope, total, groups } = await statisticsReport(request)
  const t = await translatorFor(request)
  const table = { periodKey: scope.period.key, dimension: scope.dimension, groups, total: { ...total, key: 'TOTAL', label: t('dashboard.total') } }
  const body = format === 'csv' ? new TextEncoder().encode(statisticsCsv(table)) : await statisticsXlsx(table, t)
  return new Response(new Uint8Array(body), {
    headers: attachmentHeaders({ fileName: `thong-ke-${scope.period.key}-${scope.dimension}.${format}`, contentType: TYPES[format], size: body.length }),
  })
}
