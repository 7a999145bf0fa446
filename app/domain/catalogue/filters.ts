// The catalogue's filters and links between its pages. The query's schema is in ./query.ts, apart, so the
// catalogue page's browser code carries no zod.
import type { CatalogueQuery } from './query.ts'

export const PAGE_SIZE = 20

/** The same query on another page, for pagination links. */
export function catalogueHref(query: CatalogueQuery, page: number): string {
  const params = new URLSearchParams()
  for (const key of ['q', 'field', 'agency', 'level', 'online'] as const) {
    const value = query[key]
    if (value) params.set(key, value)
  }
  if (page > 1) params.set('page', String(page))
  const search = params.toString()
  return `/thu-tuc${search ? `?${search}` : ''}`
}
