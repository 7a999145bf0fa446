// The catalogue's query parameters (/thu-tuc?q=…&field=…): whatever the address says, a valid query.
import { z } from 'zod'
import { ONLINE_LEVELS } from './online-level.ts'

// A filter no link or form makes (over 200 characters) is dropped, as an unknown one is: the page still shows.
const optionalText = z
  .string()
  .trim()
  .max(200)
  .optional()
  .transform((v) => v || undefined)
  .catch(undefined)

const catalogueQuerySchema = z.object({
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
