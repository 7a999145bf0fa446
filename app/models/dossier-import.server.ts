// Imports historical dossier records (CSV) all or nothing: every row is checked first, then all are stored in
// one transaction, marked imported, and counted by the same indicators as live dossiers.
import { randomUUID } from 'node:crypto'
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { parseCsv } from '../domain/imports/csv.ts'
import { readDossierRecords, type ImportError } from '../domain/imports/dossier-records.ts'

export type ImportResult = { ok: true; imported: number } | { ok: false; errors: ImportError[] }

export async function importDossiers(prisma: PrismaClient, text: string): Promise<ImportResult> {
  const records = parseCsv(text)
  const codes = (column: number) => [...new Set(records.slice(1).map((r) => r.fields[column]?.trim() ?? ''))]
  const header = records[0]?.fields.map((f) => f.trim().toLowerCase()) ?? []
  const [procedures, agencies, stored] = await Promise.all([
    prisma.procedure.findMany({ where: { code: { in: codes(header.indexOf('procedure_code')) } }, select: { id: true, code: true, onlineLevel: true } }),
    prisma.agency.findMany({ where: { code: { in: codes(header.indexOf('agency_code')) } }, select: { id: true, code: true } }),
    prisma.dossier.findMany({ where: { code: { in: codes(header.indexOf('code')) } }, select: { code: true } }),
  ])
  const procedureBy = new Map(procedures.map((p) => [p.code, p]))
  const agencyBy = new Map(agencies.map((a) => [a.code, a]))
  const storedCodes = new Set(stored.map((d) => d.code))
  const { dossiers, errors } = readDossierRecords(records, { procedure: (c) => procedureBy.has(c), agency: (c) => agencyBy.has(c), dossier: (c) => storedCodes.has(c) })
  if (errors.length) return { ok: false, errors }

  const rows = dossiers.map((d) => ({ id: randomUUID(), record: d }))
  await prisma.$transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 1000) {
      await tx.dossier.createMany({
        data: rows.slice(i, i + 1000).map(({ id, record: d }) => ({
          id,
          code: d.code,
          procedureId: procedureBy.get(d.procedureCode)!.id,
          agencyId: agencyBy.get(d.agencyCode)!.id,
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
    }
    const rated = rows.filter((r) => r.record.rating !== null)
    if (rated.length) await tx.rating.createMany({ data: rated.map((r) => ({ dossierId: r.id, score: r.record.rating!, createdAt: r.record.returnedAt ?? r.record.resolvedAt ?? r.record.receivedAt })) })
  }, { timeout: 120_000 })
  return { ok: true, imported: rows.length }
}
