// RFC 4180 CSV read incrementally: quoted fields may hold the separator, quotes ("") and line breaks. Each
// record keeps the line it starts on, so errors can name it. The separator is the one the header uses most:
// a comma, or the semicolon Excel writes in a Vietnamese locale (or a tab). A leading byte-order mark is skipped.
export interface CsvRecord {
  line: number
  fields: string[]
}

const SEPARATORS = [',', ';', '\t'] as const

/** The separator of a header line: the candidate found most often outside quotes. */
export function detectSeparator(headerLine: string): string {
  const outside = headerLine.replace(/"[^"]*"/g, '')
  let best: string = ','
  let most = 0
  for (const candidate of SEPARATORS) {
    const count = outside.split(candidate).length - 1
    if (count > most) [best, most] = [candidate, count]
  }
  return best
}

/** A CSV parser fed text in pieces; `push` returns the records completed so far. */
export class CsvParser {
  private separator: string | null = null
  private fields: string[] = []
  private field = ''
  private quoted = false
  private line = 1
  private start = 1
  private pending = ''
  private started = false
  private afterQuote = false

  push(text: string): CsvRecord[] {
    let input = this.pending + text
    this.pending = ''
    if (!this.started) {
      if (input.startsWith('\uFEFF')) input = input.slice(1)
      if (!this.separator) {
        const end = input.search(/\r|\n/)
        // Wait for the whole header line before choosing the separator.
        if (end < 0) {
          this.pending = input
          return []
        }
        this.separator = detectSeparator(input.slice(0, end))
      }
      this.started = true
    }
    return this.consume(input, false)
  }

  end(): CsvRecord[] {
    if (!this.started) {
      const rest = this.pending.startsWith('\uFEFF') ? this.pending.slice(1) : this.pending
      this.separator ??= detectSeparator(rest)
      this.started = true
      this.pending = ''
      return this.finish(this.consume(rest, true))
    }
    return this.finish(this.consume(this.pending, true))
  }

  private finish(records: CsvRecord[]) {
    if (this.field !== '' || this.fields.length > 0) this.endRecord(records)
    return records
  }

  private endRecord(records: CsvRecord[]) {
    this.fields.push(this.field)
    if (this.fields.length > 1 || this.fields[0] !== '') records.push({ line: this.start, fields: this.fields })
    this.fields = []
    this.field = ''
  }

  private consume(input: string, final: boolean): CsvRecord[] {
    const records: CsvRecord[] = []
    const separator = this.separator!
    for (let i = 0; i < input.length; i++) {
      const c = input[i]!
      if (this.quoted) {
        if (c === '"') {
          // A quote at the end of a piece may be the first of "": decide with the next piece.
          if (i + 1 === input.length && !final) {
            this.pending = '"'
            return records
          }
          if (input[i + 1] === '"') {
            this.field += '"'
            i++
          } else {
            this.quoted = false
            this.afterQuote = true
          }
        } else {
          if (c === '\n') this.line++
          this.field += c
        }
      } else if (c === '"' && this.field === '' && !this.afterQuote) this.quoted = true
      else if (c === separator) {
        this.fields.push(this.field)
        this.field = ''
        this.afterQuote = false
      } else if (c === '\n' || c === '\r') {
        if (c === '\r') {
          if (i + 1 === input.length && !final) {
            this.pending = '\r'
            return records
          }
          if (input[i + 1] === '\n') i++
        }
        this.endRecord(records)
        this.afterQuote = false
        this.line++
        this.start = this.line
      } else this.field += c
    }
    return records
  }
}

/** A whole text at once. */
export function parseCsv(text: string): CsvRecord[] {
  const parser = new CsvParser()
  return [...parser.push(text), ...parser.end()]
}
