import { describe, expect, it } from 'vitest'
import { headline, type DossierFacts } from '~/domain/statistics/indicators.ts'
import { dossiersBehind, figuresBy, headlineFigures } from '~/models/statistics.server.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })

describe('headline indicators', () => {
  it('computed in one SQL pass agree with the domain definitions, dossier for dossier', async () => {
    const { prisma } = database()
    // Make the seeded data cover every branch: one dossier with two supplement requests, one decided late.
    const [a, b] = await prisma.dossier.findMany({ where: { resolvedAt: { not: null } }, take: 2, orderBy: { id: 'asc' } })
    await prisma.dossier.update({ where: { id: a!.id }, data: { supplementCount: 2 } })
    await prisma.dossier.update({ where: { id: b!.id }, data: { resolvedAt: new Date(b!.dueAt!.getTime() + 86_400_000) } })

    const rows = await prisma.dossier.findMany({
      select: { channel: true, status: true, receivedAt: true, dueAt: true, resolvedAt: true, supplementCount: true, feeAmount: true, payments: { where: { status: 'SUCCEEDED' }, select: { amount: true } } },
    })
    const facts: DossierFacts[] = rows.map((r) => ({ ...r, paidOnline: r.payments.reduce((s, p) => s + p.amount, 0) }))
    const from = new Date('2025-01-01T00:00:00+07:00')
    const to = new Date(Date.now() + 86_400_000)
    const expected = headline(facts, from, to)
    expect(expected.received).toBeGreaterThan(10)
    expect(expected.late).toBeGreaterThan(0)
    expect(await headlineFigures(prisma, from, to)).toEqual(expected)

    // Cut by channel: each group is the domain computation over that channel's dossiers.
    const byChannel = await figuresBy(prisma, from, to, 'channel')
    expect(byChannel.reduce((sum, g) => sum + g.received, 0)).toBe(expected.received)
    for (const group of byChannel) {
      const { key, label: _label, ...figures } = group
      expect(figures).toEqual(headline(facts.filter((f) => f.channel === key), from, to))
    }
    const behind = await dossiersBehind(prisma, from, to, 'channel', 'COUNTER')
    expect(behind).toHaveLength(byChannel.find((g) => g.key === 'COUNTER')!.received)
  })
})
