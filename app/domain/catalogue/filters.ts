// The catalogue's query parameters (/thu-tuc?q=…&linh-vuc=…): one schema for the loader and the links.
import { z } from 'zod'

export const ONLINE_LEVELS = ['FULL', 'PARTIAL', 'NONE'] as const
export type OnlineLevel = (typeof ONLINE_LEVELS)[number]

export const PAGE_SIZE = 20

const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined)

export const catalogueQuerySchema = z.object({
  q: optionalText,
  field: optionalText,
  agency: optionalText,
  level: optionalText,
  online: z.enum(ONLINE_LEVELS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
})
export type CatalogueQuery = z.infer<typeof catalogueQuerySchema>

export function parseCatalogueQuery(params: URLSearchParams): CatalogueQuery {
  return catalogueQuerySchema.parse(Object.fromEntries(params))
}

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
