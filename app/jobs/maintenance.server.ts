// Housekeeping on a schedule: expired sessions and one-time codes deleted, the statistics rollup kept fresh, and the payment
// status check that the payments work fills in (a gateway's `querydr` for payments left pending).
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { deleteExpiredSessions } from '../auth/session.server.ts'
import { db } from '../db.server.ts'
import { deleteExpiredCodes } from '../models/one-time-codes.server.ts'
import { refreshRollup } from '../statistics/figures.server.ts'
import { defineJob } from './queue.server.ts'

defineJob({
  name: 'session-purge',
  cron: '17 * * * *',
  pollingIntervalSeconds: 30,
  handler: async () => {
    await deleteExpiredSessions()
    await deleteExpiredCodes(await db())
  },
})

defineJob({
  name: 'statistics-refresh',
  cron: '*/10 * * * *',
  pollingIntervalSeconds: 30,
  expireInMinutes: 30,
  handler: async () => {
    await refreshRollup(await db())
  },
})

export type PaymentStatusCheck = (prisma: PrismaClient) => Promise<void>

/** Until the payments work registers its check, the scheduled job does nothing. */
export const noPaymentStatusCheck: PaymentStatusCheck = async () => {}
let paymentStatusCheck: PaymentStatusCheck = noPaymentStatusCheck

/** The payments module registers here what the `payment-status-check` job runs every five minutes. */
export function registerPaymentStatusCheck(check: PaymentStatusCheck) {
  paymentStatusCheck = check
}

defineJob({ name: 'payment-status-check', cron: '*/5 * * * *', pollingIntervalSeconds: 30, handler: async () => paymentStatusCheck(await db()) })
