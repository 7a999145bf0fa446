// The figures of the periodic report (domain/statistics/report.ts): by agency level and agency, and by field.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { byLevel } from './domain/report.ts'
import type { Language } from '../i18n/config.ts'
import { figuresBy, totalOf, type PeriodBounds, type Scope } from './figures.server.ts'

export async function periodicReport(prisma: PrismaClient, period: PeriodBounds, scope: Scope, language: Language) {
  // In turn: the first read folds the latest changes.
  const agencies = await figuresBy(prisma, period, 'agency', scope)
  const fields = await figuresBy(prisma, period, 'field', scope)
  const levels = await prisma.agency.findMany({
    where: { code: { in: agencies.map((a) => a.key) } },
    select: { code: true, level: { select: { code: true, name: true, nameEn: true, rank: true } } },
  })
  const levelBy = new Map(levels.map((a) => [a.code, { key: a.level.code, label: language === 'en' ? a.level.nameEn : a.level.name, rank: a.level.rank }]))
  const fieldNames = language === 'en' ? new Map((await prisma.field.findMany({ select: { code: true, nameEn: true } })).map((f) => [f.code, f.nameEn])) : null
  return {
    ...byLevel(agencies, (code) => levelBy.get(code) ?? { key: '', label: '', rank: 99 }),
    fields: fields.map((f) => ({ key: f.key, label: fieldNames?.get(f.key) ?? f.label, figures: f })),
    fieldTotal: totalOf(fields),
  }
}
export type PeriodicReport = Awaited<ReturnType<typeof periodicReport>>
