// Route glue for the statistics dashboard: who may see what, the period, the cut and the figure from the address.
import { requireRole } from '../auth/guards.server.ts'
import { db } from '../db.server.ts'
import { reportingPeriod } from './reporting-period.server.ts'
import { DIMENSIONS, FIGURES, type Dimension, type Figure } from '../domain/statistics/dimensions.ts'
import { scores } from '../domain/statistics/scores.ts'
import { dashboardFigures, onlineProcedures } from '../models/statistics.server.ts'

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T => (values.includes(value as T) ? (value as T) : fallback)

/** Province administrators see everything; an agency's administrator and its leaders see that agency. */
export async function statisticsScope(request: Request) {
  const url = new URL(request.url)
  const inBackOffice = url.pathname.startsWith('/mot-cua')
  // Leaders read it in the back office, administrators in the admin area; each only in their own.
  const user = await requireRole(request, inBackOffice ? ['APPROVER'] : ['SYSTEM_ADMIN', 'AGENCY_ADMIN'])
  const params = url.searchParams
  const dimension: Dimension = oneOf(DIMENSIONS, params.get('theo'), 'agency')
  return {
    period: reportingPeriod(params.get('ky')),
    dimension,
    key: params.get('ma'),
    figure: oneOf<Figure>(FIGURES, params.get('chi-so'), 'received'),
    agencyId: user.role === 'SYSTEM_ADMIN' ? undefined : (user.agencyId ?? ''),
    /** The dashboard lives in the admin area and, for leaders, in the back office. */
    base: inBackOffice ? '/mot-cua/thong-ke' : '/quan-tri/thong-ke',
  }
}

/** The dashboard's figures: the total, one row per group of the cut, and the procedures really used online. */
export async function statisticsReport(request: Request) {
  const scope = await statisticsScope(request)
  const prisma = await db()
  const { from, to } = scope.period
  // In turn: the figures refresh the rollup, which the procedure count then reads as it is.
  const { total, groups } = await dashboardFigures(prisma, from, to, scope.dimension, scope.agencyId)
  const procedures = await onlineProcedures(prisma, from, to, scope.agencyId)
  return { scope, total, groups, procedures }
}

/** What the dashboard page shows, for the admin area and the back office alike. */
export async function dashboardData(request: Request) {
  const { scope, total, groups, procedures } = await statisticsReport(request)
  return {
    period: scope.period.key,
    dimension: scope.dimension,
    base: scope.base,
    total: { ...total, key: '', label: '' },
    groups,
    scores: scores(total),
    procedures,
  }
}
