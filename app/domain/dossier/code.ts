// Dossier codes: {agency code}-{yyMMdd}-{counter of at least 4 digits, per agency per day}.
import { localDay } from '../calendar/working-time.ts'

export function codeDay(at: Date): string {
  return localDay(at).slice(2).replace(/-/g, '')
}

export function dossierCode(agencyCode: string, at: Date, counter: number): string {
  return `${agencyCode}-${codeDay(at)}-${String(counter).padStart(4, '0')}`
}
