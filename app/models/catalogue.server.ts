// Reading the procedure catalogue.
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import { PAGE_SIZE } from '../domain/catalogue/filters.ts'
import type { CatalogueQuery } from '../domain/catalogue/query.ts'
import { rank } from '../domain/catalogue/ranking.ts'

const listItem = {
  id: true,
  code: true,
  name: true,
  searchText: true,
  onlineLevel: true,
  timeLimit: true,
  timeLimitUnit: true,
  field: { select: { name: true, nameEn: true } },
  level: { select: { name: true, nameEn: true } },
} satisfies Prisma.ProcedureSelect

interface IndexEntry {
  id: string
  code: string
  name: string
  searchText: string
  onlineLevel: 'FULL' | 'PARTIAL' | 'NONE'
  field: string
  fieldName: string
  level: string
  agencies: Set<string>
}

/** How often a process asks the database whether another process changed the catalogue. */
const VERSION_CHECK_MS = 1_000
/** Changes made outside the portal (SQL by hand) raise no version: what is held is read again after this long. */
export const HELD_MS = 10 * 60_000

let known: { version: number; checkedAt: number } | undefined
let checking: Promise<number> | undefined

/**
 * The catalogue's version (the CatalogueVersion row) as this process knows it: asked again at most once a second,
 * one question at a time, so every page can check it for nothing.
 */
export function catalogueVersion(prisma: PrismaClient): Promise<number> {
  if (known && Date.now() - known.checkedAt < VERSION_CHECK_MS) return Promise.resolve(known.version)
  checking ??= prisma.catalogueVersion
    .findUnique({ where: { id: 1 }, select: { version: true } })
    .then((row) => (known = { version: row?.version ?? 0, checkedAt: Date.now() }).version)
    .finally(() => (checking = undefined))
  return checking
}

/** After the catalogue changes (publish, unpublish, edit) or an agency does (its name): every process rebuilds. */
export async function catalogueChanged(prisma: PrismaClient) {
  const { version } = await prisma.catalogueVersion.upsert({ where: { id: 1 }, create: { id: 1, version: 1 }, update: { version: { increment: 1 } }, select: { version: true } })
  known = { version, checkedAt: Date.now() } // this process at once, the others within VERSION_CHECK_MS
}

/** A value read from the database and held in memory while the catalogue's version stays the same. A failed read is not held. */
function held<T>(read: (prisma: PrismaClient) => Promise<T>) {
  let current: { version: number; at: number; value: Promise<T> } | undefined
  return async (prisma: PrismaClient): Promise<T> => {
    const version = await catalogueVersion(prisma)
    if (!current || current.version !== version || Date.now() - current.at > HELD_MS) {
      const value = read(prisma)
      current = { version, at: Date.now(), value }
      value.catch(() => {
        if (current?.value === value) current = undefined
      })
    }
    return current.value
  }
}

// The published catalogue held in memory for search: a province's 2,000 procedures are a few hundred KB, and
// ranking with typo tolerance needs every candidate anyway.
const index = held(buildIndex)
// The filters' options change with the catalogue, and every catalogue page shows them.
const facets = held(readFacets)

async function buildIndex(prisma: PrismaClient): Promise<IndexEntry[]> {
  const rows = await prisma.procedure.findMany({
    where: { published: true },
    select: {
      id: true,
      code: true,
      name: true,
      searchText: true,
      onlineLevel: true,
      field: { select: { code: true, name: true } },
      level: { select: { code: true } },
      agencies: { select: { agency: { select: { code: true } } } },
    },
  })
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    searchText: row.searchText,
    onlineLevel: row.onlineLevel,
    field: row.field.code,
    fieldName: row.field.name,
    level: row.level.code,
    agencies: new Set(row.agencies.map((a) => a.agency.code)),
  }))
}

export async function searchProcedures(prisma: PrismaClient, query: CatalogueQuery) {
  const entries = (await index(prisma)).filter(
    (entry) =>
      (!query.field || entry.field === query.field) &&
      (!query.level || entry.level === query.level) &&
      (!query.online || entry.onlineLevel === query.online) &&
      (!query.agency || entry.agencies.has(query.agency)),
  )
  const ordered = query.q ? rank(entries, query.q) : [...entries].sort((a, b) => a.fieldName.localeCompare(b.fieldName, 'vi') || a.name.localeCompare(b.name, 'vi'))
  const page = ordered.slice((query.page - 1) * PAGE_SIZE, query.page * PAGE_SIZE)
  const rows = await prisma.procedure.findMany({ where: { id: { in: page.map((e) => e.id) } }, select: listItem })
  const byId = new Map(rows.map((row) => [row.id, row]))
  return { total: ordered.length, items: page.map((entry) => byId.get(entry.id)!).filter(Boolean) }
}

export function catalogueFacets(prisma: PrismaClient) {
  return facets(prisma)
}

async function readFacets(prisma: PrismaClient) {
  const [fields, agencies, levels] = await Promise.all([
    prisma.field.findMany({ orderBy: { name: 'asc' }, select: { code: true, name: true, nameEn: true } }),
    prisma.agency.findMany({
      where: { active: true, procedures: { some: {} } },
      orderBy: [{ level: { rank: 'asc' } }, { name: 'asc' }],
      select: { code: true, name: true },
    }),
    prisma.adminLevel.findMany({
      where: { procedures: { some: {} } },
      orderBy: { rank: 'asc' },
      select: { code: true, name: true, nameEn: true },
    }),
  ])
  return { fields, agencies, levels }
}

export function getProcedure(prisma: PrismaClient, code: string) {
  return prisma.procedure.findFirst({
    where: { code, published: true },
    include: {
      field: true,
      level: true,
      agencies: { include: { agency: { select: { code: true, name: true, address: true, phone: true } } } },
      fees: { orderBy: { position: 'asc' } },
      feeCases: { orderBy: { position: 'asc' } },
      steps: { orderBy: { position: 'asc' } },
      documents: { orderBy: { position: 'asc' }, include: { form: { select: { id: true, code: true, name: true } } } },
    },
  })
}

export async function getProcedureForm(prisma: PrismaClient, code: string, formId: string) {
  return prisma.procedureForm.findFirst({
    where: { id: formId, procedure: { code, published: true } },
    include: { procedure: { select: { name: true, formSchema: true, documents: { orderBy: { position: 'asc' }, select: { name: true, formId: true } } } } },
  })
}

/** How many procedures the catalogue offers, and how many of them online. */
export async function catalogueFigures(prisma: PrismaClient) {
  const [procedures, byLevel, agencies] = await Promise.all([
    prisma.procedure.count({ where: { published: true } }),
    prisma.procedure.groupBy({ by: ['onlineLevel'], where: { published: true }, _count: { _all: true } }),
    prisma.agency.count({ where: { active: true } }),
  ])
  const count = (level: string) => byLevel.find((row) => row.onlineLevel === level)?._count._all ?? 0
  return { procedures, full: count('FULL'), partial: count('PARTIAL'), agencies }
}

export function popularProcedures(prisma: PrismaClient, take = 6) {
  return prisma.procedure.findMany({
    where: { published: true, onlineLevel: 'FULL' },
    select: listItem,
    orderBy: [{ dossiers: { _count: 'desc' } }, { name: 'asc' }],
    take,
  })
}
