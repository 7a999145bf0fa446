// Structured logs: one JSON object per line on stdout (pino), for the province's log collector. Requests carry
// a request id (server/app.ts); jobs log their queue and job id.
import { pino } from 'pino'

const level = process.env.LOG_LEVEL ?? (process.env.VITEST ? 'error' : 'info')

export const logger = pino({ level, base: { service: 'portal' }, timestamp: pino.stdTimeFunctions.isoTime })
