// Loads a province's procedure catalogue from the national procedures database's export (CSV or XLSX), all
// or nothing: every row is checked first, then the whole catalogue is stored in one transaction, procedures
// already stored updated by their national code (their dossiers keep pointing at them).
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import { foldVietnamese } from '../domain/catalogue/search-text.ts'
import type { CsvRecord } from '../domain/imports/csv.ts'
import type { ImportError } from '../domain/imports/import-error.ts'
import { readProcedureRecords, type ImportedProcedure } from '../domain/imports/procedure-records.ts'
import { catalogueChanged } from './catalogue.server.ts'
import type { ImportSource } from './import-source.server.ts'

export type CatalogueImportResult = { ok: true; created: number; updated: number } | { ok: false; errors: ImportError[] }

export async function importProcedures(prisma: PrismaClient, source: ImportSource): Promise<CatalogueImportResult> {
  // A catalogue is a few thousand rows: read whole, checked whole.
  const records: CsvRecord[] = []
  for await (const batch of source.batches()) records.push(...batch)
  const [fields, levels, agencies] = await Promise.all([
    prisma.field.findMany({ select: { id: true, code: true, name: true } }),
    prisma.adminLevel.findMany({ select: { id: true, code: true } }),
    prisma.agency.findMany({ select: { id: true, code: true, levelId: true } }),
  ])
  const fieldBy = new Map(fields.map((f) => [f.code, f]))
  const levelBy = new Map(levels.map((l) => [l.code, l.id]))
  const agencyBy = new Map(agencies.map((a) => [a.code, a]))
  const { procedures, errors } = readProcedureRecords(records, { field: (c) => fieldBy.has(c), level: (c) => levelBy.has(c), agency: (c) => agencyBy.has(c) })
  if (errors.length) return { ok: false, errors }

  let created = 0
  await prisma.$transaction(
    async (tx) => {
      const existing = new Map((await tx.procedure.findMany({ where: { code: { in: procedures.map((p) => p.code) } }, select: { id: true, code: true } })).map((p) => [p.code, p.id]))
      for (const p of procedures) {
        const field = fieldBy.get(p.fieldCode) ?? (await tx.field.create({ data: { code: p.fieldCode, name: p.fieldName!, nameEn: p.fieldName! } }))
        fieldBy.set(p.fieldCode, field)
        const levelId = levelBy.get(p.level)!
        const agencyIds = p.agencyCodes === '*' ? agencies.filter((a) => a.levelId === levelId).map((a) => a.id) : p.agencyCodes.map((c) => agencyBy.get(c)!.id)
        const id = existing.get(p.code)
        if (!id) created++
        await storeProcedure(tx, p, id, field, levelId, agencyIds)
      }
    },
    { timeout: 600_000 },
  )
  await catalogueChanged(prisma)
  return { ok: true, created, updated: procedures.length - created }
}

async function storeProcedure(tx: Prisma.TransactionClient, p: ImportedProcedure, id: string | undefined, field: { id: string; name: string }, levelId: string, agencyIds: string[]) {
  const data = {
    name: p.name,
    searchText: foldVietnamese(`${p.code} ${p.name} ${field.name}`),
    fieldId: field.id,
    levelId,
    onlineLevel: p.onlineLevel,
    timeLimit: p.timeLimit,
    timeLimitUnit: p.timeLimitUnit,
    legalBasis: p.legalBasis,
    nationalPortal: p.nationalPortal,
    paymentTiming: p.fees.some((f) => f.amount > 0) ? ('AT_SUBMISSION' as const) : ('NONE' as const),
    ...(p.applicants && { applicants: p.applicants }),
    ...(p.result && { resultDescription: p.result }),
  }
  const procedureId = id
    ? (await tx.procedure.update({ where: { id }, data, select: { id: true } })).id
    : (await tx.procedure.create({ data: { ...data, code: p.code, applicants: p.applicants, resultDescription: p.result }, select: { id: true } })).id
  await tx.fee.deleteMany({ where: { procedureId } })
  if (p.fees.length) await tx.fee.createMany({ data: p.fees.map((fee, position) => ({ procedureId, position, ...fee })) })
  await tx.procedureAgency.deleteMany({ where: { procedureId } })
  if (agencyIds.length) await tx.procedureAgency.createMany({ data: agencyIds.map((agencyId) => ({ procedureId, agencyId })) })
  // Required documents by position: renamed in place, added, and removed only where no dossier has an upload.
  for (const [position, name] of p.documents.entries()) {
    await tx.requiredDocument.upsert({ where: { procedureId_position: { procedureId, position } }, create: { procedureId, position, name }, update: { name } })
  }
  await tx.requiredDocument.deleteMany({ where: { procedureId, position: { gte: p.documents.length }, uploads: { none: {} } } })
}
