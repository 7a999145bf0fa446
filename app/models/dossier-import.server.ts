// Imports historical dossier records at a province's scale (docs/import/dossiers.md): the file is read twice
// as a stream. The first pass checks every row (codes already stored are looked up a batch at a time); if any
// row has a problem nothing is stored. The second pass stores the rows in batches, each in its own transaction
// with the run's progress, and folds each batch into the statistics at once. A run that was interrupted
// (process killed, server restarted) resumes after its last stored batch when the same file is imported again.
import { randomUUID } from 'node:crypto'
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import type { CsvRecord } from '../domain/imports/csv.ts'
import { dossierReader, storedError, type ImportedDossier } from '../domain/imports/dossier-records.ts'
import type { ImportError } from '../domain/imports/import-error.ts'
import type { ImportSource } from './import-source.server.ts'
import { refreshRollup } from '../statistics/fold.server.ts'

export type ImportResult = { ok: true; imported: number; resumedAfter: number; runId: string } | { ok: false; errors: ImportError[]; total: number; runId: string | null }

export interface ImportProgress {
  phase: 'checking' | 'storing'
  /** Bytes read of the file (checking) and data rows checked or stored. */
  bytes: number
  size: number
  checked: number
  stored: number
  total: number
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void
  /** Every problem as it is found (the command line prints them all; the run keeps the first ones). */
  onProblem?: (problem: ImportError) => void
  /** Told the run's id as soon as it exists (the admin page shows its progress). */
  onRun?: (runId: string) => void
  startedById?: string
  storageKey?: string
}

const KEPT_PROBLEMS = 200
/** A run not heard from for this long is taken to have been interrupted. */
const STALE_MS = 2 * 60_000

/** A run of the same file to resume, or null for a new one; a run still going on refuses a second. */
async function runToResume(prisma: PrismaClient, sha256: string) {
  const previous = await prisma.importRun.findFirst({ where: { kind: 'dossiers', sha256, status: { in: ['STORING', 'INTERRUPTED', 'CHECKING'] } }, orderBy: { startedAt: 'desc' } })
  if (!previous) return null
  const stale = previous.status === 'INTERRUPTED' || Date.now() - previous.updatedAt.getTime() > STALE_MS
  if (!stale) return 'running' as const
  return previous
}

export async function importDossiers(prisma: PrismaClient, source: ImportSource, options: ImportOptions = {}): Promise<ImportResult> {
  const sha256 = await source.sha256()
  const previous = await runToResume(prisma, sha256)
  if (previous === 'running') return { ok: false, errors: [{ line: 1, column: null, message: 'running' }], total: 0, runId: null }
  // Rows stored by the interrupted run of this file are skipped, not reported as already stored.
  const resumedAfter = previous?.status === 'STORING' || previous?.status === 'INTERRUPTED' ? previous.stored : 0
  const run = previous
    ? await prisma.importRun.update({ where: { id: previous.id }, data: { status: 'CHECKING', checked: 0, problems: [], problemCount: 0 } })
    : await prisma.importRun.create({ data: { kind: 'dossiers', fileName: source.name, sha256, status: 'CHECKING', startedById: options.startedById, storageKey: options.storageKey } })
  options.onRun?.(run.id)
  try {
    return await runImport(prisma, source, run.id, resumedAfter, options)
  } catch (error) {
    await prisma.importRun.update({ where: { id: run.id }, data: { status: 'INTERRUPTED' } })
    throw error
  }
}

async function runImport(prisma: PrismaClient, source: ImportSource, runId: string, resumedAfter: number, options: ImportOptions): Promise<ImportResult> {
  const [procedures, agencies] = await Promise.all([prisma.procedure.findMany({ select: { id: true, code: true, onlineLevel: true } }), prisma.agency.findMany({ select: { id: true, code: true } })])
  const procedureBy = new Map(procedures.map((p) => [p.code, p]))
  const agencyBy = new Map(agencies.map((a) => [a.code, a.id]))
  const known = { procedure: (c: string) => procedureBy.has(c), agency: (c: string) => agencyBy.has(c) }
  const progress: ImportProgress = { phase: 'checking', bytes: 0, size: source.size, checked: 0, stored: resumedAfter, total: 0 }
  const problems: ImportError[] = []
  let problemCount = 0
  const problem = (error: ImportError) => {
    problemCount++
    if (problems.length < KEPT_PROBLEMS) problems.push(error)
    options.onProblem?.(error)
  }
  const report = () => options.onProgress?.({ ...progress })
  const heartbeat = (data: Prisma.ImportRunUpdateInput) => prisma.importRun.update({ where: { id: runId }, data })

  // First pass: check every row.
  let reader: ReturnType<typeof dossierReader> | null = null
  for await (const batch of source.batches((bytes) => ((progress.bytes = bytes), report()))) {
    const rows = reader ? batch : batch.slice(1)
    if (!reader) {
      reader = dossierReader(batch[0], known)
      reader.headerErrors.forEach(problem)
      if (reader.headerErrors.length) break
    }
    const results = rows.map((row) => ({ row, result: reader!.read(row) }))
    // Only rows past those an interrupted run stored need the check against stored codes.
    const fresh = results.filter((_, i) => progress.checked + i >= resumedAfter && results[i]!.result.code)
    const stored = fresh.length ? new Set((await prisma.dossier.findMany({ where: { code: { in: fresh.map((r) => r.result.code) } }, select: { code: true } })).map((d) => d.code)) : new Set<string>()
    for (const [i, { row, result }] of results.entries()) {
      if (progress.checked + i >= resumedAfter && stored.has(result.code)) problem(storedError(row.line, result.code))
      result.errors?.forEach(problem)
    }
    progress.checked += rows.length
    await heartbeat({ checked: progress.checked })
    report()
  }
  if (!reader) problem({ line: 1, column: null, message: 'empty' })
  else if (progress.checked === 0 && problemCount === 0) problem({ line: 1, column: null, message: 'empty' })
  progress.total = progress.checked
  if (problemCount > 0) {
    await heartbeat({ status: 'REFUSED', problemCount, problems: problems as unknown as Prisma.InputJsonValue, total: progress.total, finishedAt: new Date() })
    return { ok: false, errors: problems, total: problemCount, runId }
  }

  // Second pass: store, batch by batch, after what an interrupted run already stored.
  progress.phase = 'storing'
  await heartbeat({ status: 'STORING', total: progress.total })
  let index = 0
  let storing: ReturnType<typeof dossierReader> | null = null
  for await (const batch of source.batches()) {
    const rows: CsvRecord[] = storing ? batch : batch.slice(1)
    storing ??= dossierReader(batch[0], known)
    const dossiers: ImportedDossier[] = []
    for (const row of rows) {
      const result = storing.read(row)
      if (index++ >= resumedAfter && result.dossier) dossiers.push(result.dossier)
    }
    if (dossiers.length === 0) continue
    await storeBatch(prisma, dossiers, procedureBy, agencyBy, runId)
    progress.stored += dossiers.length
    // Folded now, so the first read after the import has nothing left to fold.
    await refreshRollup(prisma)
    report()
  }
  await heartbeat({ status: 'DONE', finishedAt: new Date() })
  return { ok: true, imported: progress.stored - resumedAfter, resumedAfter, runId }
}

async function storeBatch(
  prisma: PrismaClient,
  dossiers: ImportedDossier[],
  procedureBy: Map<string, { id: string; onlineLevel: 'NONE' | 'PARTIAL' | 'FULL' }>,
  agencyBy: Map<string, string>,
  runId: string,
) {
  const rows = dossiers.map((record) => ({ id: randomUUID(), record }))
  await prisma.$transaction(
    async (tx) => {
      await tx.dossier.createMany({
        data: rows.map(({ id, record: d }) => ({
          id,
          code: d.code,
          procedureId: procedureBy.get(d.procedureCode)!.id,
          agencyId: agencyBy.get(d.agencyCode)!,
          channel: d.channel,
          onlineLevel: procedureBy.get(d.procedureCode)!.onlineLevel,
          status: d.status,
          submittedAt: d.receivedAt,
          receivedAt: d.receivedAt,
          dueAt: d.dueAt,
          resolvedAt: d.resolvedAt,
          returnedAt: d.returnedAt,
          outcome: d.outcome,
          supplementCount: d.supplementCount,
          feeAmount: d.feeAmount,
          paidOnline: d.paidOnline,
          digitised: d.digitised,
          applicantName: d.applicantName,
          imported: true,
        })),
      })
      const rated = rows.filter((r) => r.record.rating !== null)
      if (rated.length)
        await tx.rating.createMany({ data: rated.map((r) => ({ dossierId: r.id, score: r.record.rating!, createdAt: r.record.returnedAt ?? r.record.resolvedAt ?? r.record.receivedAt })) })
      // The day a dossier was withdrawn or stopped is its timeline event, as for live dossiers.
      const closed = rows.filter((r) => r.record.closedAt)
      if (closed.length) {
        await tx.dossierEvent.createMany({
          data: closed.map((r) => ({ dossierId: r.id, action: r.record.status === 'WITHDRAWN' ? 'withdraw' : 'stop', at: r.record.closedAt!, toStatus: r.record.status })),
        })
      }
      await tx.importRun.update({ where: { id: runId }, data: { stored: { increment: rows.length } } })
    },
    { timeout: 120_000 },
  )
}
