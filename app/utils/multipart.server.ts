// Multipart parsing that never throws on an oversize file: the part is drained and marked, so the other
// fields and files of the same request are kept and the person gets a message at the right field.
import { unstable_parseMultipartFormData, type UploadHandler } from '@remix-run/node'
import { MAX_FILE_BYTES } from '../domain/files/sniff.ts'

export const TOO_LARGE = '__too_large__'
const MAX_FIELD_BYTES = 64 * 1024

export interface Upload {
  name: string
  bytes: Uint8Array
}

const handler: UploadHandler = async ({ filename, data }) => {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of data) {
    size += chunk.length
    if (size <= (filename ? MAX_FILE_BYTES : MAX_FIELD_BYTES)) chunks.push(chunk)
  }
  if (filename === undefined) return size <= MAX_FIELD_BYTES ? new TextDecoder().decode(Buffer.concat(chunks)) : ''
  if (!filename && size === 0) return undefined // an empty file input
  if (size > MAX_FILE_BYTES) return TOO_LARGE
  return new File([Buffer.concat(chunks)], filename, { type: 'application/octet-stream' })
}

/** A body that is not well-formed multipart (cut off, wrong boundary) is the sender's fault: 400, nothing kept. */
export async function parseMultipart(request: Request) {
  try {
    return await unstable_parseMultipartFormData(request, handler)
  } catch {
    throw new Response('Bad request', { status: 400 })
  }
}

async function toUpload(value: FormDataEntryValue | null): Promise<Upload | typeof TOO_LARGE | null> {
  if (value === TOO_LARGE) return TOO_LARGE
  if (value instanceof File) return { name: value.name, bytes: new Uint8Array(await value.arrayBuffer()) }
  return null
}

/** The upload in a field: a file, "too large", or nothing chosen. */
export function uploadIn(formData: FormData, field: string) {
  return toUpload(formData.get(field))
}

/** Every upload of a multiple file input. */
export async function uploadsIn(formData: FormData, field: string) {
  const uploads = await Promise.all(formData.getAll(field).map(toUpload))
  return uploads.filter((upload) => upload !== null)
}
