// Which agency handles a dossier when a procedure is handled by many (a commune procedure is handled by each
// commune): the one of the applicant's commune when the address names it, otherwise the applicant chooses.
import { foldVietnamese } from '../catalogue/search-text.ts'

export interface AgencyOption {
  id: string
  name: string
  /** The administrative unit the agency serves, e.g. "Phường Long Xuyên". */
  unitName: string
}

export function agencyFromAddress(address: string | null | undefined, agencies: readonly AgencyOption[]): string | null {
  if (!address) return null
  const folded = ` ${foldVietnamese(address)} `
  const named = agencies
    .map((a) => ({ id: a.id, unit: foldVietnamese(a.unitName) }))
    .filter((a) => a.unit && folded.includes(` ${a.unit} `))
    .sort((a, b) => b.unit.length - a.unit.length)
  return named[0]?.id ?? null
}
