// Poppler's command-line tools (poppler-utils) as an independent reader of the PDFs the portal makes: what a
// screen reader or a search would extract, what a signature checker says, which files are attached.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

function withFile<T>(bytes: Uint8Array, run: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(path.join(tmpdir(), 'pdf-'))
  try {
    const file = path.join(dir, 'document.pdf')
    writeFileSync(file, bytes)
    return run(file, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The text pdftotext extracts, in reading order, whitespace folded to single spaces. */
export function pdfText(bytes: Uint8Array): string {
  return withFile(bytes, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })).replace(/\s+/g, ' ')
}

/** pdfsig's report. It exits 0 whether or not the signature is valid: read its text. */
export function pdfSignatures(bytes: Uint8Array): string {
  return withFile(bytes, (file) => {
    try {
      return execFileSync('pdfsig', [file], { encoding: 'utf8' })
    } catch (error) {
      return String((error as { stdout?: string }).stdout ?? error)
    }
  })
}

/** The files embedded in a PDF, by name. */
export function pdfAttachments(bytes: Uint8Array): Record<string, Buffer> {
  return withFile(bytes, (file, dir) => {
    const out = path.join(dir, 'out')
    execFileSync('mkdir', [out])
    execFileSync('pdfdetach', ['-saveall', '-o', out, file])
    return Object.fromEntries(readdirSync(out).map((name) => [name, readFileSync(path.join(out, name))]))
  })
}

/** The first part that does not appear after the ones before it, or null when all appear in this order. */
export function firstMissing(text: string, parts: string[]): string | null {
  let from = 0
  for (const part of parts) {
    const at = text.indexOf(part, from)
    if (at < 0) return `"${part}" after position ${from} of: ${text.slice(0, 600)}…`
    from = at + part.length
  }
  return null
}
