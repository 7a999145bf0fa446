import { TableScroll } from './TableScroll.tsx'

/**
 * A table of records under column headings, scrolling sideways on a phone (TableScroll). The rows are the
 * children: `<tr>` elements.
 */
export function DataTable({ label, columns, className, children }: { label: string; columns: React.ReactNode[]; className?: string; children: React.ReactNode }) {
  return (
    <TableScroll label={label}>
      <table className={className}>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th scope="col" key={index}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  )
}
