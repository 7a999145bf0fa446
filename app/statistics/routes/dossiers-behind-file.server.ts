import type { LoaderFunctionArgs } from '@remix-run/node'
import { periodLabel } from '~/statistics/components/period-label.ts'
import { db } from '~/db.server.ts'
import { dossierListTable } from '~/statistics/table-files.server.ts'
import { translatorFor } from '~/i18n/i18n.server.ts'
import { allDossiersBehind, type BehindRow } from '~/statistics/figures.server.ts'
import { tableDownload, tableFormat } from '~/statistics/table-download.server.ts'
import { refusedDownload, statisticsScope, type StatisticsPlace } from '~/statistics/scope.server.ts'

/** Every dossier behind a figure, as a file in the reader's language: …/ho-so/tai-ve/csv or …/xlsx. */
export async function dossiersBehindFileLoader({ request, params }: LoaderFunctionArgs, place: StatisticsPlace) {
  const format = tableFormat(params.format)
  const scope = await statisticsScope(request, place)
  const t = await translatorFor(request)
  if (!scope.ok) throw refusedDownload(t(scope.input.error!))
  const rows: BehindRow[] = []
  const drill = { cut: scope.key ? { dimension: scope.dimension, key: scope.key } : null, figure: scope.figure }
  for await (const chunk of allDossiersBehind(await db(), scope.period, drill, { agencyId: scope.agencyId })) rows.push(...chunk)
  const caption = [`${t(`dashboard.figures.${scope.figure}`)} — ${periodLabel(scope.period, t)}`]
  return tableDownload(format, [dossierListTable(caption, rows, t)], `ho-so-${scope.figure}-${scope.period.key}`, scope.language, t('site.name'))
}
