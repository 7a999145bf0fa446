// Uploads are judged by their content, not their name: a renamed .exe is not a PDF.
import { cleanText } from '../text.ts'

export const ACCEPTED_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const
export type AcceptedType = (typeof ACCEPTED_TYPES)[number]

export const MAX_FILE_BYTES = 10 * 1024 * 1024
export const MAX_DOSSIER_BYTES = 50 * 1024 * 1024
/** The limits in MB, as the upload messages quote them. */
export const UPLOAD_LIMITS_MB = { file: MAX_FILE_BYTES / 1024 / 1024, dossier: MAX_DOSSIER_BYTES / 1024 / 1024 }

const EXTENSION: Record<AcceptedType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' }

function startsWith(bytes: Uint8Array, signature: number[]) {
  return signature.every((byte, i) => bytes[i] === byte)
}

export function sniffType(bytes: Uint8Array): AcceptedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf' // %PDF-
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  return null
}

/**
 * A name safe to store and show: cleaned as typed text is (control, zero-width and direction characters dropped: a
 * direction override makes "hoa-don\u202Efdp.exe" show as "hoa-donexe.pdf"), no folders, the real type's extension.
 */
export function safeFileName(name: string, type: AcceptedType): string {
  const base = cleanText(name)
    .split(/[\\/]/)
    .pop()!
    .replace(/[\n\t"<>|:*?]/g, '')
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 120)
  return `${base || 'tai-lieu'}.${EXTENSION[type]}`
}

export type UploadProblem = 'empty' | 'type' | 'tooLarge' | 'dossierTooLarge'

export function uploadProblem(bytes: Uint8Array, alreadyInDossier: number): UploadProblem | null {
  if (bytes.length === 0) return 'empty'
  if (bytes.length > MAX_FILE_BYTES) return 'tooLarge'
  if (!sniffType(bytes)) return 'type'
  if (alreadyInDossier + bytes.length > MAX_DOSSIER_BYTES) return 'dossierTooLarge'
  return null
}
