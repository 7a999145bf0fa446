/** Headline figures as large numbers with their words: [value, what it counts]. */
export function FigureList({ figures, compact = false }: { figures: [string, string][]; compact?: boolean }) {
  return (
    <ul className={compact ? 'figures figures--compact' : 'figures'}>
      {figures.map(([value, text]) => (
        <li key={text} className="figure">
          <span className="figure__value">{value}</span> {text}
        </li>
      ))}
    </ul>
  )
}
