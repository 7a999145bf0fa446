// The HTTP server around the Remix build: request logs and metrics, compression, built assets and static
// files, the language cookie, same-origin checks and size limits on form posts, and baseline security headers.
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import { randomBytes } from 'node:crypto'
import compression from 'compression'
import express, { type Request, type Response, type NextFunction } from 'express'
import { SANDBOX_ISSUER_PATH } from '../app/auth/eid-paths.ts'
import { isLanguage } from '../app/i18n/config.ts'
import { languageCookie } from '../app/i18n/i18n.server.ts'
import { builtAssets } from './assets.ts'
import { refuseNulInAddress } from './address-guard.ts'
import { bodyLimits, SAFE_METHODS } from './body-limits.ts'
import { metricsEndpoint, requestLog, requestMetrics } from './observability.ts'
import { publicPageCache } from './page-cache.ts'

/** Where forms may lead: here, and the payment gateway when a real one is configured. */
const formTargets = ["'self'", process.env.VNPAY_PAYMENT_URL ? new URL(process.env.VNPAY_PAYMENT_URL).origin : ''].filter(Boolean).join(' ')

/**
 * Content Security Policy with a fresh nonce per response: only our own files and the inline scripts Remix
 * writes (which carry the nonce) run. Style attributes stay allowed for sizes set by components.
 */
function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  const nonce = randomBytes(16).toString('base64')
  res.locals.cspNonce = nonce
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()')
  res.setHeader(
    'Content-Security-Policy',
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      "style-src 'self'",
      "style-src-attr 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      `form-action ${formTargets}`,
      "object-src 'none'",
    ].join('; '),
  )
  if (process.env.PUBLIC_URL?.startsWith('https://')) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  next()
}

/** Remembers `?lng=en|vi` in a cookie, on any address. */
function rememberLanguage(req: Request, res: Response, next: NextFunction) {
  const lng = req.query.lng
  if (isLanguage(lng)) res.append('Set-Cookie', languageCookie(lng))
  next()
}

/** CSRF defence for form posts: a browser's cross-site request carries a foreign Origin. */
function sameOriginPosts(req: Request, res: Response, next: NextFunction) {
  if (SAFE_METHODS.has(req.method)) return next()
  const origin = req.get('Origin')
  const host = req.get('X-Forwarded-Host') ?? req.get('Host')
  const crossSite = origin ? !URL.canParse(origin) || new URL(origin).host !== host : req.get('Sec-Fetch-Site') === 'cross-site'
  if (crossSite) {
    res.status(403).type('text/plain').send('Cross-site form submission refused.')
    return
  }
  next()
}

export function createApp(build: ServerBuild, clientDir: string) {
  const app = express()
  // The sandbox e-ID provider comes from the build, so it shares the pages' database and memory.
  const { identitySandbox } = build.entry.module as unknown as { identitySandbox: express.RequestHandler }
  app.disable('x-powered-by')
  app.set('trust proxy', process.env.TRUST_PROXY === '1')
  app.use(requestLog)
  app.use(requestMetrics)
  app.get('/metrics', metricsEndpoint())
  app.use(compression())
  app.use('/assets', builtAssets(`${clientDir}/assets`))
  app.use(securityHeaders)
  app.use(refuseNulInAddress)
  // The sandbox e-ID provider's endpoints answer per login: before the page cache, never cached.
  app.use(SANDBOX_ISSUER_PATH, identitySandbox)
  app.use(publicPageCache(build)) // GET pages only: the form checks below do not concern them
  app.use(express.static(clientDir, { maxAge: '1h' }))
  app.use(rememberLanguage)
  app.use(sameOriginPosts)
  app.use(bodyLimits)
  app.all('*', createRequestHandler({ build, mode: process.env.NODE_ENV, getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientAddress: req.ip ?? 'unknown', requestId: req.id }) }))
  return app
}
