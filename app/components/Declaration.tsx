import { SummaryList } from './SummaryList.tsx'

/** What the applicant declared, as they read it (rows made by declarationRows): staff, applicant and review page. */
export function Declaration({ rows }: { rows: { id: string; label: string; value: string }[] }) {
  return <SummaryList rows={rows.map((row) => [row.label, row.value || '—'] as const)} />
}
