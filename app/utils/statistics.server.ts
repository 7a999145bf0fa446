// Route glue for the statistics dashboard: who may see what, the period and the cut from the address.
import { requireRole } from '../auth/guards.server.ts'
import { parsePeriod } from '../domain/statistics/period.ts'
import { DIMENSIONS, type Dimension } from '../domain/statistics/dimensions.ts'

/** Province administrators see everything; an agency's administrator sees that agency. */
export async function statisticsScope(request: Request) {
  const user = await requireRole(request, ['SYSTEM_ADMIN', 'AGENCY_ADMIN'])
  const params = new URL(request.url).searchParams
  const dimension = (DIMENSIONS as readonly string[]).includes(params.get('theo') ?? '') ? (params.get('theo') as Dimension) : 'agency'
  return {
    period: parsePeriod(params.get('ky')),
    dimension,
    key: params.get('ma') ?? '',
    agencyId: user.role === 'SYSTEM_ADMIN' ? undefined : (user.agencyId ?? ''),
  }
}
