// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Each record keeps the line it
// starts on, so errors can name it. A UTF-8 byte-order mark (as spreadsheet programs write) is skipped.
export interface CsvRecord {
  line: number
  fields: string[]
}

export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let start = 1
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text
  const endRecord = () => {
    fields.push(field)
    if (fields.length > 1 || fields[0] !== '') records.push({ line: start, fields })
    fields = []
    field = ''
  }
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else {
        if (c === '\n') line++
        field += c
      }
    } else if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      fields.push(field)
      field = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++
      endRecord()
      line++
      start = line
    } else field += c
  }
  if (field !== '' || fields.length > 0) endRecord()
  return records
}
