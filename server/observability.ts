// What the province's IT team watches: one JSON log line per request with a request id (pino-http; an
// incoming X-Request-Id is kept, else one is made, and it is sent back), request counts and latency by area,
// and /metrics in Prometheus format for the scrapers allowed by METRICS_ALLOW (loopback by default).
import { randomUUID } from 'node:crypto'
import type { Request, Response, NextFunction } from 'express'
import { pinoHttp } from 'pino-http'
import { logger } from '../app/logger.server.ts'
import { metrics } from '../app/metrics.server.ts'

/** First path segments of the portal's addresses; anything else counts as "other" (scanners stay one label). */
const AREAS = new Set([
  'thu-tuc',
  'ho-so',
  'mot-cua',
  'ho-tro',
  'quan-tri',
  'thong-ke',
  'tra-cuu',
  'diem-ho-tro',
  'dang-nhap',
  'dang-ky',
  'dang-xuat',
  'thanh-toan',
  'tin-nhan',
  'dong-bo',
  'xac-thuc',
  'quen-mat-khau',
  'assets',
  'health',
  'metrics',
])
const QUIET = /^\/(assets\/|health$|metrics$)/

export function areaOf(path: string) {
  const first = path.split('/')[1] ?? ''
  return first === '' ? 'home' : AREAS.has(first) ? first : 'other'
}

export const requestLog = pinoHttp({
  logger,
  genReqId(req, res) {
    const given = req.headers['x-request-id']
    const id = typeof given === 'string' && /^[\w.:-]{1,64}$/.test(given) ? given : randomUUID()
    res.setHeader('X-Request-Id', id)
    return id
  },
  autoLogging: { ignore: (req) => QUIET.test(req.url ?? '') },
  serializers: {
    req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
    res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
  },
})

export function requestMetrics(req: Request, res: Response, next: NextFunction) {
  const { requests, latency } = metrics()
  const area = areaOf(req.path)
  const stop = latency.startTimer({ method: req.method, area })
  res.on('finish', () => {
    stop()
    requests.inc({ method: req.method, area, status: String(res.statusCode) })
  })
  next()
}

const normalise = (address: string) => address.replace(/^::ffff:/, '')

export function metricsAllowList(env = process.env) {
  return new Set(
    (env.METRICS_ALLOW ?? '127.0.0.1,::1')
      .split(',')
      .map((a) => normalise(a.trim()))
      .filter(Boolean),
  )
}

export function metricsEndpoint() {
  const allowed = metricsAllowList()
  return async (req: Request, res: Response) => {
    if (!allowed.has(normalise(req.ip ?? req.socket.remoteAddress ?? ''))) {
      res.status(403).type('text/plain').send('Metrics are served to the scrapers listed in METRICS_ALLOW only.')
      return
    }
    const { registry } = metrics()
    res.setHeader('Cache-Control', 'no-store')
    res.type(registry.contentType).send(await registry.metrics())
  }
}
