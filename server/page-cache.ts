// The public catalogue's pages for anonymous visitors, rendered once per address and language and then served
// from memory with this response's CSP nonce put in (docs/decisions/013-public-page-cache.md). Rendering one took
// ~11 ms of the server's one thread (loaders, React, Prisma); a copy costs what a static file does.
// Correct across processes: every entry belongs to the catalogue's version it was rendered under, and any process
// learns of a change within a second (app/models/catalogue.server.ts catalogueVersion). Compressed once, too: a
// gzip template filled with the nonce per response (./gzip-template.ts).
import type { ServerBuild } from '@remix-run/node'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { LANGUAGE_COOKIE, pickLanguage } from '../app/i18n/config.ts'
import { canFillGzip, fillGzip, gzipTemplate, type GzipTemplate } from './gzip-template.ts'

/** The catalogue's list and search (/thu-tuc?…) and a procedure's page (/thu-tuc/1.001193), not its downloads. */
const CACHEABLE = /^\/thu-tuc(?:\/[^/]+)?$/
/** ~40 KB a page: at most ~20 MB, however many different searches arrive. */
const MAX_ENTRIES = 500
const MAX_PAGE_BYTES = 1024 * 1024
/** As long as the catalogue's in-memory index holds what it read (changes made outside the portal raise no version). */
const MAX_AGE_MS = 10 * 60_000

interface Page {
  version: number
  at: number
  contentType: string
  /** The page cut where its nonce was: joined again with each response's own. */
  parts: Buffer[]
  gzip?: GzipTemplate
}

/** Only a visitor with no cookie but the language one: a session, a flash or anything else makes a page theirs. */
function anonymous(req: Request) {
  const cookies = (req.get('Cookie') ?? '')
    .split(';')
    .map((c) => c.trim().split('=')[0])
    .filter(Boolean)
  return cookies.every((name) => name === LANGUAGE_COOKIE)
}

function cut(html: string, nonce: string, version: number, contentType: string): Page {
  const parts = html.split(nonce).map((part) => Buffer.from(part))
  return { version, at: Date.now(), contentType, parts, gzip: canFillGzip ? gzipTemplate(parts, Buffer.byteLength(nonce)) : undefined }
}

export function publicPageCache(build: ServerBuild): RequestHandler {
  const { catalogueVersionNow } = build.entry.module as unknown as { catalogueVersionNow: () => Promise<number> }
  const pages = new Map<string, Page>()
  /** Renders under way, so a crowd arriving at a cold page waits for one render instead of making its own. */
  const rendering = new Map<string, Promise<Page | undefined>>()
  let version = -1

  const serve = (req: Request, res: Response, page: Page) => {
    const nonce = Buffer.from(res.locals.cspNonce as string)
    res.setHeader('Content-Type', page.contentType)
    res.setHeader('X-Page-Cache', 'hit')
    res.vary('Accept-Encoding')
    if (page.gzip && nonce.length === page.gzip.holeLength && req.acceptsEncodings('gzip') === 'gzip') {
      res.setHeader('Content-Encoding', 'gzip') // compression() leaves an encoded response alone
      return res.end(fillGzip(page.gzip, nonce))
    }
    res.end(Buffer.concat(page.parts.flatMap((part, i) => (i ? [nonce, part] : [part]))))
  }

  /** Lets Remix render, keeping a copy of what it sends when the page is everyone's to share. */
  const render = (req: Request, res: Response, next: NextFunction, renderedUnder: number) =>
    new Promise<Page | undefined>((resolve) => {
      const chunks: Buffer[] = []
      let bytes = 0
      const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean
      const end = res.end.bind(res) as (...args: unknown[]) => Response
      const keep = (chunk: unknown) => {
        if (chunk && typeof chunk !== 'function' && bytes <= MAX_PAGE_BYTES) {
          const buffer = Buffer.from(chunk as Uint8Array | string)
          chunks.push(buffer)
          bytes += buffer.length
        }
      }
      res.write = ((chunk: unknown, ...rest: unknown[]) => (keep(chunk), write(chunk, ...rest))) as Response['write']
      res.end = ((chunk?: unknown, ...rest: unknown[]) => {
        keep(chunk)
        const contentType = String(res.getHeader('Content-Type') ?? '')
        const shareable = res.statusCode === 200 && !res.getHeader('Set-Cookie') && contentType.startsWith('text/html') && bytes <= MAX_PAGE_BYTES
        resolve(shareable ? cut(Buffer.concat(chunks).toString('utf8'), res.locals.cspNonce as string, renderedUnder, contentType) : undefined)
        return end(chunk, ...rest)
      }) as Response['end']
      res.once('close', () => resolve(undefined))
      next()
    })

  return async (req, res, next) => {
    if (req.method !== 'GET' || !CACHEABLE.test(req.path) || 'lng' in req.query || !anonymous(req)) return next()
    let current: number
    try {
      current = await catalogueVersionNow()
    } catch {
      return next() // the database cannot say: render as usual (and fail as usual)
    }
    if (current !== version) {
      pages.clear()
      version = current
    }
    const key = `${pickLanguage(undefined, req.get('Cookie'))} ${req.originalUrl}`
    const cached = pages.get(key)
    if (cached && Date.now() - cached.at < MAX_AGE_MS) {
      pages.delete(key) // most recently used last: the first in the map is the one to drop
      pages.set(key, cached)
      return serve(req, res, cached)
    }
    const pending = rendering.get(key)
    const shared = pending && (await pending)
    if (shared) return serve(req, res, shared)

    const rendered = render(req, res, next, current)
    rendering.set(key, rendered)
    const page = await rendered.finally(() => rendering.delete(key))
    // Kept only if no change to the catalogue happened meanwhile (this page may show the older one).
    if (page && page.version === (await catalogueVersionNow().catch(() => -1))) {
      pages.set(key, page)
      if (pages.size > MAX_ENTRIES) pages.delete(pages.keys().next().value!)
    }
  }
}
