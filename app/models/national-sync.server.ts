// Every status change of a dossier, sent to the national public service portal (docs/domain.md §8) by the
// `national-sync` job: one job per dossier at a time (stately), so its changes arrive in order, retried with
// backoff until accepted. Configured by NATIONAL_SYNC_URL and NATIONAL_SYNC_TOKEN (Bearer); without them the
// built-in sandbox receiver answers the same protocol:
//   POST {"madonvi","service":"DongBoHoSo","data":[record]} → {"error_code":"0","message":"…"}; else refused.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { db } from '../db.server.ts'
import { nationalRecord, type ChangeForSync } from '../domain/national/record.ts'
import { defineJob, enqueue } from '../jobs/queue.server.ts'
import { inProcessFetch } from '../utils/in-process-fetch.server.ts'
import { sandboxEnabled } from '../utils/public-url.server.ts'
import { NATIONAL_SANDBOX_TOKEN, sandboxNationalApi } from './national-sandbox.server.ts'

export interface NationalConfig {
  url: string
  token: string
  send: typeof fetch
}

/** The configured national endpoint, the sandbox, or null (changes wait, shown as not synchronised). */
export function nationalConfig(env = process.env): NationalConfig | null {
  if (env.NATIONAL_SYNC_URL) return { url: env.NATIONAL_SYNC_URL, token: env.NATIONAL_SYNC_TOKEN ?? '', send: fetch }
  if (sandboxEnabled('NATIONAL_SYNC', env)) return { url: 'http://sandbox/dong-bo/sandbox/api', token: NATIONAL_SANDBOX_TOKEN, send: inProcessFetch(sandboxNationalApi) }
  return null
}

export class NationalSyncRefusedError extends Error {}

/** Sends the dossier's changes not yet accepted; marks them accepted, or records the refusal and throws. */
export async function syncDossier(prisma: PrismaClient, dossierId: string, config = nationalConfig()) {
  if (!config) return
  const pending = await prisma.nationalSync.findMany({ where: { dossierId, syncedAt: null }, orderBy: { changedAt: 'asc' } })
  if (pending.length === 0) return
  const dossier = await prisma.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    include: { procedure: { select: { code: true, name: true, field: { select: { code: true, name: true } } } }, agency: { select: { code: true, name: true } } },
  })
  const changes = pending.map((row) => ({ status: row.status, changedAt: row.changedAt }) as ChangeForSync)
  const ids = pending.map((row) => row.id)
  try {
    const response = await config.send(config.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${config.token}` },
      body: JSON.stringify({ madonvi: process.env.NATIONAL_SYNC_UNIT ?? dossier.agency.code, service: 'DongBoHoSo', data: [nationalRecord({ ...dossier, code: dossier.code! }, changes)] }),
      signal: AbortSignal.timeout(20_000),
    })
    const answer = (await response.json().catch(() => ({}))) as { error_code?: string; message?: string }
    if (!response.ok || answer.error_code !== '0') throw new NationalSyncRefusedError(`HTTP ${response.status}, error_code ${answer.error_code ?? '-'}: ${answer.message ?? ''}`.trim())
  } catch (error) {
    await prisma.nationalSync.updateMany({ where: { id: { in: ids } }, data: { attempts: { increment: 1 }, lastError: (error as Error).message.slice(0, 500), lastTryAt: new Date() } })
    throw error
  }
  await prisma.nationalSync.updateMany({ where: { id: { in: ids } }, data: { syncedAt: new Date(), attempts: { increment: 1 }, lastError: null, lastTryAt: new Date() } })
}

defineJob<{ dossierId: string }>({
  name: 'national-sync',
  policy: 'stately',
  retryLimit: 12,
  retryDelay: 60,
  handler: async ({ dossierId }) => syncDossier(await db(), dossierId),
})

/** An admin's "send again": every dossier with changes not yet accepted gets a sync job. */
export async function resendPendingSyncs(prisma: PrismaClient) {
  const dossiers = await prisma.nationalSync.groupBy({ by: ['dossierId'], where: { syncedAt: null } })
  for (const { dossierId } of dossiers) await enqueue('national-sync', { dossierId }, { singletonKey: dossierId })
  return dossiers.length
}

/**
 * Decision 766's synchronisation indicator for changes made in [from, to): the share of dossiers whose every
 * change there the national portal has accepted, and the changes still waiting (the failures first).
 */
export async function syncIndicator(prisma: PrismaClient, from: Date, to: Date) {
  const inPeriod = { changedAt: { gte: from, lt: to } }
  const [dossiers, unsynced, waiting] = await Promise.all([
    prisma.nationalSync.groupBy({ by: ['dossierId'], where: inPeriod }),
    prisma.nationalSync.groupBy({ by: ['dossierId'], where: { ...inPeriod, syncedAt: null } }),
    prisma.nationalSync.findMany({
      where: { ...inPeriod, syncedAt: null },
      orderBy: [{ attempts: 'desc' }, { changedAt: 'asc' }],
      take: 100,
      select: { id: true, dossierId: true, status: true, statusCode: true, changedAt: true, attempts: true, lastError: true, lastTryAt: true },
    }),
  ])
  const codes = await prisma.dossier.findMany({ where: { id: { in: waiting.map((w) => w.dossierId) } }, select: { id: true, code: true } })
  const codeOf = new Map(codes.map((d) => [d.id, d.code]))
  const total = dossiers.length
  return {
    dossiers: total,
    synced: total - unsynced.length,
    share: total === 0 ? null : (total - unsynced.length) / total,
    waiting: waiting.map((w) => ({ ...w, code: codeOf.get(w.dossierId) ?? '' })),
    configured: nationalConfig() !== null,
  }
}
