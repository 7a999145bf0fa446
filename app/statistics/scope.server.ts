// Route glue for the statistics pages: who may see what, the period, the cut and the figure from the address.
// An address with a period that is not one answers 400 with the reason, never a silent whole year.
import { data, type LoaderFunctionArgs } from '@remix-run/node'
import { requireRole } from '../auth/access.server.ts'
import { db } from '../db.server.ts'
import { mayEnter, type Role } from '../domain/auth/roles.ts'
import { DIMENSIONS, FIGURES, type Dimension, type Figure } from './domain/dimensions.ts'
import { parsePeriod, type Period } from './domain/period.ts'
import { scores } from './domain/scores.ts'
import { languageOf } from '../i18n/i18n.server.ts'
import { catalogueFigures, dashboardFigures } from './figures.server.ts'

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T => (values.includes(value as T) ? (value as T) : fallback)

/** What the period field shows back: what was typed, the cut-off option and, if refused, why. */
export interface PeriodInput {
  value: string
  cutOff: boolean
  error: string | null
}

/** The period of an address (`?ky=…&chot=1`), or what to show back with the reason it was refused. */
export function periodOf(url: URL): { ok: true; period: Period; input: PeriodInput } | { ok: false; input: PeriodInput } {
  const value = url.searchParams.get('ky') ?? ''
  const cutOff = url.searchParams.get('chot') === '1'
  const result = parsePeriod(value, { cutOff })
  if (!result.ok) return { ok: false, input: { value, cutOff, error: `statistics.periodErrors.${result.problem}` } }
  return { ok: true, period: result.period, input: { value: value || result.period.key, cutOff, error: null } }
}

/** A page whose period was refused: its data with the reason, answered 400. */
export const refusedPeriod = <T extends Record<string, unknown>>(page: T, input: PeriodInput) => data({ ...page, input, period: null }, { status: 400 })

/** A download whose period was refused: the reason as text, answered 400. */
export const refusedDownload = (message: string) => new Response(message, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** The address query of a period, for links and exports. */
export const periodQuery = (period: Period) => `ky=${encodeURIComponent(period.key)}${period.cutOff ? '&chot=1' : ''}`

/** The address query of a drill-down: its period, cut and figure. */
export function drillQuery(scope: StatisticsScope) {
  return `${periodQuery(scope.period)}&theo=${scope.dimension}${scope.key ? `&ma=${encodeURIComponent(scope.key)}` : ''}&chi-so=${scope.figure}`
}

/**
 * Where the statistics pages are mounted, each with who may read them there: administrators in the admin
 * area, leaders (approvers) in the back office. The route files name their place.
 */
export const STATISTICS_PLACES = {
  admin: { roles: ['SYSTEM_ADMIN', 'AGENCY_ADMIN'], base: '/quan-tri/thong-ke' },
  backOffice: { roles: ['APPROVER'], base: '/mot-cua/thong-ke' },
} as const satisfies Record<string, { roles: readonly Role[]; base: string }>
export type StatisticsPlace = keyof typeof STATISTICS_PLACES

/** A statistics loader as its route files export it, its place given: what the pages' types read. */
export type PlacedLoader<F extends (args: LoaderFunctionArgs, place: StatisticsPlace) => unknown> = (args: LoaderFunctionArgs) => ReturnType<F>

/** Province administrators see everything; an agency's administrator and its leaders see that agency. */
export async function statisticsScope(request: Request, place: StatisticsPlace) {
  const url = new URL(request.url)
  const { roles, base } = STATISTICS_PLACES[place]
  const user = await requireRole(request, roles)
  const params = url.searchParams
  const dimension: Dimension = oneOf(DIMENSIONS, params.get('theo'), 'agency')
  const read = periodOf(url)
  return {
    ...read,
    language: languageOf(request),
    dimension,
    key: params.get('ma'),
    figure: oneOf<Figure>(FIGURES, params.get('chi-so'), 'received'),
    agencyId: user.role === 'SYSTEM_ADMIN' ? undefined : (user.agencyId ?? ''),
    base,
    /** Whether dossier codes can open the dossier (the back office's page). */
    opensDossiers: mayEnter(user.role, 'backOffice'),
  }
}
export type StatisticsScope = Extract<Awaited<ReturnType<typeof statisticsScope>>, { ok: true }>

/** The dashboard's figures: the total, one row per group of the cut, and the catalogue's own figures. */
export async function statisticsReport(scope: StatisticsScope) {
  const prisma = await db()
  // In turn: the figures fold the latest changes, which the catalogue figures then read as they are.
  const { total, groups } = await dashboardFigures(prisma, scope.period, scope.dimension, { agencyId: scope.agencyId })
  const catalogue = await catalogueFigures(prisma, scope.period, { agencyId: scope.agencyId })
  return { total: { ...total, key: '', label: '' }, groups, catalogue, scores: scores(total) }
}
