// Reading the procedure catalogue.
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import { PAGE_SIZE, type CatalogueQuery } from '../domain/catalogue/filters.ts'
import { rank } from '../domain/catalogue/ranking.ts'
import { queryTerms } from '../domain/catalogue/search-text.ts'

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

export type ProcedureListItem = Prisma.ProcedureGetPayload<{ select: typeof listItem }>

export async function searchProcedures(prisma: PrismaClient, query: CatalogueQuery) {
  const where: Prisma.ProcedureWhereInput = {
    published: true,
    ...(query.field && { field: { code: query.field } }),
    ...(query.level && { level: { code: query.level } }),
    ...(query.online && { onlineLevel: query.online }),
    ...(query.agency && { agencies: { some: { agency: { code: query.agency } } } }),
  }
  const terms = query.q ? queryTerms(query.q) : []
  if (terms.length === 0) {
    const [total, items] = await Promise.all([
      prisma.procedure.count({ where }),
      prisma.procedure.findMany({
        where,
        select: listItem,
        orderBy: [{ field: { name: 'asc' } }, { name: 'asc' }],
        skip: (query.page - 1) * PAGE_SIZE,
        take: PAGE_SIZE,
      }),
    ])
    return { total, items }
  }
  // Every word must appear; ranking needs the whole candidate set, which is small (a province's catalogue).
  const candidates = await prisma.procedure.findMany({
    where: { ...where, AND: terms.map((term) => ({ searchText: { contains: term } })) },
    select: listItem,
  })
  const ranked = rank(candidates, query.q!)
  return { total: ranked.length, items: ranked.slice((query.page - 1) * PAGE_SIZE, query.page * PAGE_SIZE) }
}

export async function catalogueFacets(prisma: PrismaClient) {
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
      steps: { orderBy: { position: 'asc' } },
      documents: { orderBy: { position: 'asc' }, include: { form: { select: { id: true, code: true, name: true } } } },
      forms: { select: { id: true, code: true, name: true, file: { select: { fileName: true, size: true } } } },
    },
  })
}
export type ProcedureDetail = NonNullable<Awaited<ReturnType<typeof getProcedure>>>

export async function getProcedureForm(prisma: PrismaClient, code: string, formId: string) {
  return prisma.procedureForm.findFirst({
    where: { id: formId, procedure: { code, published: true } },
    include: { file: true },
  })
}

export async function headlineFigures(prisma: PrismaClient) {
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
