import { useTranslation } from 'react-i18next'
import type { ReactNode } from 'react'

export type SummaryRow = readonly [label: string, value: ReactNode] | null | false

/** GOV.UK summary list: label and value pairs; a falsy row is left out. */
export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="summary-list">
      {rows.filter(Boolean).map((row) => {
        const [label, value] = row as readonly [string, ReactNode]
        return (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        )
      })}
    </dl>
  )
}

/** A dossier's state as a tag. */
export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation()
  return <strong className="tag">{t(`dossierStatus.${status}`)}</strong>
}
