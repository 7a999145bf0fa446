// Lists people read (communes, agencies, procedures) in Vietnamese alphabetical order: "Đ" after "D", tones after
// the bare letter. The database's collation is not Vietnamese (PGlite sorts by code point), so lists are sorted here.
const vietnamese = new Intl.Collator('vi', { sensitivity: 'base', numeric: true })

export function sortVietnamese<T>(items: readonly T[], name: (item: T) => string): T[] {
  return [...items].sort((a, b) => vietnamese.compare(name(a), name(b)))
}
