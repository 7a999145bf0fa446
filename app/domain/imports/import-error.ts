/** A problem in an imported file, at its line (and column), as a translation key with its values. */
export interface ImportError {
  line: number
  column: string | null
  message: string
  params?: Record<string, string | number>
}
