// Typed text as it is stored: one Unicode form and nothing invisible. Keyboards and copy-paste send Vietnamese
// both composed and decomposed, and pasted text can carry zero-width or direction-override characters that make
// a name look like another in a list. Shared by every form schema, in the browser and in the action.
import { z } from 'zod'

// C0/C1 controls except tab and newlines, zero-width and bidi controls, the byte-order mark.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

export function cleanText(value: string): string {
  return value.normalize('NFC').replace(/\r\n?/g, '\n').replace(INVISIBLE, '')
}

/** A text field: cleaned, then trimmed; chain `.min` / `.max` as on any string. */
export function text(error?: string) {
  return z
    .string(error ? { error } : undefined)
    .overwrite(cleanText)
    .trim()
}
