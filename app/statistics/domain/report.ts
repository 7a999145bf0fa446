// The periodic report of administrative-procedure results (Biểu số 06/VPCP/KSTT of Circular 01/2020/TT-VPCP,
// ADR 014): dossiers to handle (online, at the counter, at support points, carried over), decided (early, on
// time, late), in progress (in time, overdue) at the period's end, and those withdrawn, stopped or refused at
// reception; by agency level and agency, and by field.
import { COUNT_NAMES, emptyCounts, fromCounts, type Counts, type Headline } from './indicators.ts'

/** The report's columns under their group headings; `share` columns are rates. */
export const REPORT_GROUPS = [
  { group: 'handled', columns: ['handled', 'receivedOnline', 'receivedCounter', 'receivedSupportPoint', 'carriedOver'] },
  { group: 'resolved', columns: ['resolved', 'early', 'onTime', 'late'] },
  { group: 'inProgress', columns: ['inProgress', 'inProgressInTime', 'inProgressOverdue'] },
  { group: 'other', columns: ['withdrawn', 'stopped', 'refusedAtReceipt', 'onTimeRate'] },
] as const satisfies readonly { group: string; columns: readonly (keyof Headline)[] }[]
export type ReportColumn = (typeof REPORT_GROUPS)[number]['columns'][number]
export const REPORT_COLUMNS: ReportColumn[] = REPORT_GROUPS.flatMap((g) => [...g.columns])

export interface ReportLine {
  key: string
  label: string
  figures: Headline
}
export interface ReportSection {
  key: string
  label: string
  lines: ReportLine[]
  subtotal: Headline
}

function sum(lines: Counts[]): Headline {
  const total = emptyCounts()
  for (const line of lines) for (const name of COUNT_NAMES) total[name] += line[name]
  return fromCounts(total)
}

/** Agencies grouped by their level (province departments, districts, communes), highest level first. */
export function byLevel(
  agencies: (Headline & { key: string; label: string })[],
  levelOf: (agencyCode: string) => { key: string; label: string; rank: number },
): { sections: ReportSection[]; total: Headline } {
  const sections = new Map<string, ReportSection & { rank: number }>()
  for (const agency of agencies) {
    const level = levelOf(agency.key)
    const section = sections.get(level.key) ?? { ...level, lines: [], subtotal: fromCounts(emptyCounts()) }
    section.lines.push({ key: agency.key, label: agency.label, figures: agency })
    sections.set(level.key, section)
  }
  const ordered = [...sections.values()].sort((a, b) => a.rank - b.rank).map(({ rank: _rank, ...section }) => ({ ...section, subtotal: sum(section.lines.map((l) => l.figures)) }))
  return { sections: ordered, total: sum(agencies) }
}
