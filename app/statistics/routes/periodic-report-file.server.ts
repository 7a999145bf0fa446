import type { LoaderFunctionArgs } from '@remix-run/node'
import { periodLabel } from '~/statistics/components/period-label.ts'
import { db } from '~/db.server.ts'
import { reportPdf, reportXlsx } from '~/statistics/report-files.server.ts'
import { translatorFor } from '~/i18n/i18n.server.ts'
import { periodicReport } from '~/statistics/periodic-report.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'
import { refusedDownload, statisticsScope, type StatisticsPlace } from '~/statistics/scope.server.ts'

const TYPES = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', pdf: 'application/pdf' }

/** The periodic report as a file: …/bao-cao/xlsx or …/bao-cao/pdf, in the reader's language. */
export async function periodicReportFileLoader({ request, params }: LoaderFunctionArgs, place: StatisticsPlace) {
  const format = params.format
  if (format !== 'xlsx' && format !== 'pdf') throw new Response('Not found', { status: 404 })
  const scope = await statisticsScope(request, place)
  const t = await translatorFor(request)
  if (!scope.ok) throw refusedDownload(t(scope.input.error!))
  const report = await periodicReport(await db(), scope.period, { agencyId: scope.agencyId }, scope.language)
  const name = periodLabel(scope.period, t)
  const body = format === 'xlsx' ? await reportXlsx(report, scope.period, name, t) : new Uint8Array(await reportPdf(report, scope.period, name, t, scope.language))
  return new Response(new Uint8Array(body), { headers: attachmentHeaders({ fileName: `bao-cao-ket-qua-tthc-${scope.period.key}.${format}`, contentType: TYPES[format], size: body.length }) })
}
