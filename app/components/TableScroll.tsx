/**
 * A wide table that scrolls sideways on a phone. The scrolling box takes the keyboard focus (arrow keys scroll
 * it) and is a named region, so people who cannot swipe can still read the last columns.
 */
export function TableScroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
