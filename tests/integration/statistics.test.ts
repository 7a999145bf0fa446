import { describe, expect, it } from 'vitest'
import { headline, type DossierFacts } from '~/domain/statistics/indicators.ts'
import { DIMENSIONS } from '~/domain/statistics/dimensions.ts'
import { dossiersBehind, figuresBy, headlineFigures, rawFigures } from '~/models/statistics.server.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const from = new Date('2025-01-01T00:00:00+07:00')
// Whole months, as the dashboard's periods always are.
const to = new Date('2027-01-01T00:00:00+07:00')

async function domainFacts() {
  const { prisma } = database()
  const rows = await prisma.dossier.findMany({
    select: {
      channel: true, status: true, receivedAt: true, dueAt: true, resolvedAt: true, outcome: true, supplementCount: true, feeAmount: true, paidOnline: true, digitised: true,
      rating: { select: { score: true } }, documents: { where: { purpose: { not: 'INTERNAL' } }, select: { id: true } },
      agency: { select: { code: true, unit: { select: { code: true } } } }, unit: { select: { code: true } },
      procedure: { select: { code: true, field: { select: { code: true } }, level: { select: { code: true } } } },
    },
  })
  return rows.map((r) => ({
    facts: { ...r, rating: r.rating?.score ?? null, digitised: r.digitised || r.documents.length > 0 } satisfies DossierFacts,
    keys: { agency: r.agency.code, unit: r.unit?.code ?? r.agency.unit.code, field: r.procedure.field.code, level: r.procedure.level.code, procedure: r.procedure.code, channel: r.channel },
  }))
}

describe('indicators in SQL', () => {
  it('agree with the domain definitions, overall and in every cut, through the rollup and without it', async () => {
    const { prisma } = database()
    // Make the seeded data cover every branch: two supplement requests, one decided late, one rated 2.
    const [a, b] = await prisma.dossier.findMany({ where: { resolvedAt: { not: null } }, take: 2, orderBy: { id: 'asc' } })
    await prisma.dossier.update({ where: { id: a!.id }, data: { supplementCount: 2 } })
    await prisma.dossier.update({ where: { id: b!.id }, data: { resolvedAt: new Date(b!.dueAt!.getTime() + 86_400_000) } })
    const now = new Date()
    const all = await domainFacts()
    const expected = headline(all.map((d) => d.facts), from, to, now)
    expect(expected).toMatchObject({ late: expect.any(Number), inProgressOverdue: expect.any(Number) })
    expect(expected.received).toBeGreaterThan(10)
    expect(expected.late * expected.inProgressOverdue * expected.withdrawn * expected.rated).toBeGreaterThan(0)

    const { key: _k, label: _l, ...overall } = await headlineFigures(prisma, from, to, undefined, now)
    expect(overall).toEqual(expected)
    for (const dimension of DIMENSIONS) {
      const groups = await figuresBy(prisma, from, to, dimension, undefined, now)
      expect(groups.reduce((sum, g) => sum + g.received, 0)).toBe(expected.received)
      expect(await rawFigures(prisma, from, to, dimension, now)).toEqual(groups)
      for (const { key, label: _label, ...figures } of groups) {
        expect(figures, `${dimension} ${key}`).toEqual(headline(all.filter((d) => d.keys[dimension] === key).map((d) => d.facts), from, to, now))
      }
    }
  })

  it('folds later changes into the rollup: a new rating is counted on the next read', async () => {
    const { prisma } = database()
    const before = await headlineFigures(prisma, from, to)
    const unrated = await prisma.dossier.findFirstOrThrow({ where: { status: 'RESULT_RETURNED', rating: null, receivedAt: { not: null } } })
    await prisma.$transaction([prisma.rating.create({ data: { dossierId: unrated.id, score: 2 } }), prisma.dossier.update({ where: { id: unrated.id }, data: { updatedAt: new Date() } })])
    const after = await headlineFigures(prisma, from, to)
    expect(after.rated).toBe(before.rated + 1)
    expect(after.satisfied).toBe(before.satisfied)
  })

  it('lists the dossiers behind each figure', async () => {
    const { prisma } = database()
    const byChannel = await figuresBy(prisma, from, to, 'channel')
    const counter = byChannel.find((g) => g.key === 'COUNTER')!
    expect(await dossiersBehind(prisma, from, to, { dimension: 'channel', key: 'COUNTER' }, 'received')).toHaveLength(counter.received)
    const overall = await headlineFigures(prisma, from, to)
    expect(await dossiersBehind(prisma, from, to, null, 'late')).toHaveLength(overall.late)
    expect(await dossiersBehind(prisma, from, to, null, 'inProgressOverdue')).toHaveLength(overall.inProgressOverdue)
  })
})
