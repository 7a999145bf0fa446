// The loader of app/routes/*.thong-ke.ho-so.tsx (mounted for administrators and for leaders).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { db } from '~/db.server.ts'
import { dossiersBehind } from '~/statistics/figures.server.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { drillQuery, periodQuery, refusedPeriod, statisticsScope, type StatisticsPlace } from '~/statistics/scope.server.ts'

/** The dossiers behind one figure of the dashboard (a cell of its table), a page at a time, each with its verdict. */
const PAGE_SIZE = 100

export async function dossiersBehindLoader({ request }: LoaderFunctionArgs, place: StatisticsPlace) {
  const title = await pageTitle(request, 'dashboard.drilldown')
  const scope = await statisticsScope(request, place)
  if (!scope.ok) return refusedPeriod({ title, back: scope.base, base: scope.base, figure: scope.figure, query: '', total: 0, page: 1, pages: 1, rows: [], opens: false }, scope.input)
  const page = Math.max(1, Number(new URL(request.url).searchParams.get('trang')) || 1)
  const { total, rows } = await dossiersBehind(
    await db(),
    scope.period,
    { cut: scope.key ? { dimension: scope.dimension, key: scope.key } : null, figure: scope.figure },
    { agencyId: scope.agencyId },
    { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  )
  return {
    title,
    period: scope.period,
    back: `${scope.base}?${periodQuery(scope.period)}&theo=${scope.dimension}`,
    base: scope.base,
    query: drillQuery(scope),
    figure: scope.figure,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    rows,
    opens: scope.opensDossiers,
  }
}
