// What a form post may carry, checked before Remix reads a byte: browsers send form bodies as url-encoded or
// multipart with a length. Anything else (JSON, text/plain, chunked, a url-encoded megabyte) is not one of our
// forms and is refused here, so an action never half-reads it.
import type { Request, Response, NextFunction } from 'express'
import { pickLanguage } from '../app/i18n/config.ts'
import { serverI18n } from '../app/i18n/i18n.server.ts'
import { MAX_DOSSIER_BYTES, UPLOAD_LIMITS_MB } from '../app/domain/files/sniff.ts'

/** Url-encoded forms are text fields only; the longest (a refusal reason) is a few kilobytes. */
const MAX_FORM_BYTES = 1024 * 1024
/** Server-to-server endpoints that speak JSON (an SMS provider's receipts, the built-in sandboxes' APIs). */
const JSON_ENDPOINTS = new Set(['/tin-nhan/bao-nhan', '/tin-nhan/sandbox/api', '/dong-bo/sandbox/api', '/thanh-toan/sandbox/api'])
const MAX_JSON_BYTES = 256 * 1024
/** A multipart post carries at most one dossier's files, plus its fields. */
const MAX_MULTIPART_BYTES = MAX_DOSSIER_BYTES + MAX_FORM_BYTES

/**
 * Fields of a url-encoded form; the longest (a procedure's questions) has a few dozen. Parsing a megabyte of
 * 333,000 empty fields took the server's one thread 2 s, so they are counted before anything parses them.
 */
export const MAX_FORM_FIELDS = 1000

/** Requests that carry no form: neither the origin check nor the limits apply to them. */
export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

const MESSAGE = { 411: 'lengthRequired', 413: 'tooLarge', 415: 'unsupportedType' } as const

/** Past this much, a refused body is not worth reading to the end: the connection is cut instead. */
const DRAIN_LIMIT = 4 * MAX_MULTIPART_BYTES

/** Refuses a request before Remix reads it: the status and one translated line in the visitor's language. */
export async function refuse(req: Request, res: Response, status: number, message: string, values?: Record<string, unknown>) {
  // A browser shows our answer only once it has sent its whole body, so the body is read and thrown away;
  // closing at once would show the person a "connection reset" instead of the message.
  let drained = 0
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length
    if (drained > DRAIN_LIMIT) req.socket.destroy()
  })
  const t = (await serverI18n(pickLanguage(req.query.lng as string | undefined, req.get('Cookie')))).t
  res.status(status).type('text/plain; charset=utf-8').send(t(message, values))
}

/**
 * Reads a url-encoded body of `bytes` (already within the limit) and counts its fields; a body with too many is
 * refused, any other is put back where it was read from, so Remix reads it as if untouched.
 */
function countFields(req: Request, res: Response, next: NextFunction, bytes: number) {
  const chunks: Buffer[] = []
  let received = 0
  let fields = 1
  const finish = () => {
    req.off('readable', read)
    if (fields > MAX_FORM_FIELDS) return refuse(req, res, 413, 'robust.form.tooManyFields', { max: MAX_FORM_FIELDS })
    // Before 'end' is emitted (the last read() leaves it for the next tick), unshift hands the bytes back.
    req.unshift(Buffer.concat(chunks))
    next()
  }
  const read = () => {
    for (let chunk: Buffer | null; received < bytes && (chunk = req.read()) !== null; ) {
      chunks.push(chunk)
      received += chunk.length
      for (let at = chunk.indexOf(0x26); at !== -1; at = chunk.indexOf(0x26, at + 1)) fields++ // '&'
    }
    if (received >= bytes) finish() // Content-Length frames the body: it ends there
  }
  req.on('readable', read)
}

const refuseBody = (req: Request, res: Response, status: keyof typeof MESSAGE) => refuse(req, res, status, `errors.request.${MESSAGE[status]}`, UPLOAD_LIMITS_MB)

export function bodyLimits(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next()
  const length = req.get('Content-Length')
  if (length === undefined) return req.get('Transfer-Encoding') ? refuseBody(req, res, 411) : next() // else: no body
  const bytes = Number(length)
  if (bytes === 0) return next()
  const type = (req.get('Content-Type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'multipart/form-data') return bytes > MAX_MULTIPART_BYTES ? refuseBody(req, res, 413) : next()
  if (type === 'application/x-www-form-urlencoded') return bytes > MAX_FORM_BYTES ? refuseBody(req, res, 413) : countFields(req, res, next, bytes)
  if (type === 'application/json' && JSON_ENDPOINTS.has(req.path)) return bytes > MAX_JSON_BYTES ? refuseBody(req, res, 413) : next()
  return refuseBody(req, res, 415)
}
