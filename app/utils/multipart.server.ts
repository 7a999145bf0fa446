// Multipart parsing that never throws on an oversize file: the part is drained and marked, so the other
// fields and files of the same request are kept and the person gets a message at the right field. The number of
// parts is capped before the parser sees them: 50,000 tiny parts in 5.9 MB took the server's one thread seconds.
import { unstable_parseMultipartFormData, type UploadHandler } from '@remix-run/node'
import { MAX_FILE_BYTES } from '../domain/files/sniff.ts'
import { refusal } from './invalid.server.ts'

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

/**
 * Files and fields of one post, together. The largest form (a dossier's documents, one file and one "reuse" choice
 * per required document, or a supplement answer with its files) has a few dozen.
 */
export const MAX_PARTS = 200

/**
 * The body as the parser reads it, counting part delimiters as they stream by. Past `max` parts the parser's
 * stream ends there, and the rest of the body is read and thrown away: cancelling it would reset the connection,
 * and the person would see that instead of the message.
 */
function limitParts(body: ReadableStream<Uint8Array>, boundary: string, max: number) {
  const reader = body.getReader()
  const drain = async () => {
    while (!(await reader.read()).done);
  }
  const delimiter = Buffer.from(`--${boundary}`)
  let tail = Buffer.alloc(0)
  let delimiters = 0
  const limit = { exceeded: false }
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read()
      if (done) return controller.close()
      // A delimiter split across chunks is found once: the tail is one byte shorter than a delimiter.
      const window = Buffer.concat([tail, value])
      for (let at = window.indexOf(delimiter); at !== -1; at = window.indexOf(delimiter, at + delimiter.length)) delimiters++
      tail = window.subarray(Math.max(0, window.length - delimiter.length + 1))
      // n parts have n + 1 delimiters, the last one closing.
      if (delimiters <= max + 1) return controller.enqueue(value)
      limit.exceeded = true
      controller.close()
      drain().catch(() => {})
    },
    cancel: () => drain().catch(() => {}),
  })
  return { stream, limit }
}

/** A body that is not well-formed multipart (cut off, wrong boundary) is the sender's fault: 400, nothing kept. */
export async function parseMultipart(request: Request) {
  // The boundary as the parser reads it (unstable_parseMultipartFormData), so both see the same delimiters.
  const boundary = (request.headers.get('Content-Type') ?? '').split(/\s*;\s*boundary=/)[1]
  if (!boundary || !request.body) throw new Response('Bad request', { status: 400 })
  const { stream, limit } = limitParts(request.body, boundary, MAX_PARTS)
  const limited = new Request(request.url, { method: request.method, headers: request.headers, body: stream, duplex: 'half' } as RequestInit)
  const tooMany = () => refusal(413, 'robust.multipart.tooManyParts', { max: String(MAX_PARTS) })
  let formData: FormData
  try {
    formData = await unstable_parseMultipartFormData(limited, handler)
  } catch {
    throw limit.exceeded ? tooMany() : new Response('Bad request', { status: 400 })
  }
  if (limit.exceeded) throw tooMany()
  return formData
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
