import { describe, expect, it } from 'vitest'
import { headline, type Headline } from '~/statistics/domain/indicators.ts'
import { DIMENSIONS, FIGURES } from '~/statistics/domain/dimensions.ts'
import { parsePeriod, type Period } from '~/statistics/domain/period.ts'
import { addHoliday } from '~/models/admin.server.ts'
import { workingCalendar } from '~/models/calendar.server.ts'
import { dossiersBehind, figuresBy, headlineFigures, rawFigures, refreshRollup } from '~/statistics/figures.server.ts'
import { loadRecords } from '~/statistics/fold.server.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const DAY = 86_400_000
const period = (key: string, cutOff = false): Period => {
  const result = parsePeriod(key, { cutOff })
  if (!result.ok) throw new Error(key)
  return result.period
}

/** Every dossier as the domain reads it, with the keys of each cut. */
async function domainRecords() {
  const { prisma } = database()
  const rows = await prisma.dossier.findMany({
    select: {
      id: true,
      channel: true,
      agency: { select: { code: true, unit: { select: { code: true } } } },
      unit: { select: { code: true } },
      procedure: { select: { code: true, field: { select: { code: true } }, level: { select: { code: true } } } },
    },
  })
  const records = await loadRecords(
    prisma,
    rows.map((r) => r.id),
  )
  return rows.map((r) => ({
    record: records.get(r.id)!,
    keys: { agency: r.agency.code, unit: r.unit?.code ?? r.agency.unit.code, field: r.procedure.field.code, level: r.procedure.level.code, procedure: r.procedure.code, channel: r.channel } as Record<
      string,
      string
    >,
  }))
}

const strip = ({ key: _k, label: _l, ...figures }: Headline & { key: string; label: string }) => figures

describe('indicators in SQL', () => {
  it('agree with the domain definitions, overall and in every cut, for every kind of period, through the sums and in one pass', async () => {
    const { prisma } = database()
    // Make the seeded data cover every branch: two supplement requests, one decided late, one rated 2, one
    // received last month and decided this month, one refused at reception that carries a reception date.
    const decided = await prisma.dossier.findMany({ where: { resolvedAt: { not: null } }, take: 3, orderBy: { id: 'asc' } })
    await prisma.dossier.update({ where: { id: decided[0]!.id }, data: { supplementCount: 2 } })
    // Decided yesterday, due the day before (a decision is never in the future).
    await prisma.dossier.update({ where: { id: decided[1]!.id }, data: { dueAt: new Date(Date.now() - 2 * DAY), resolvedAt: new Date(Date.now() - DAY) } })
    const early = new Date(Date.now() - 45 * DAY)
    await prisma.dossier.update({ where: { id: decided[2]!.id }, data: { receivedAt: early, submittedAt: early, dueAt: new Date(early.getTime() + 10 * DAY) } })
    const refused = await prisma.dossier.findFirstOrThrow({ where: { status: 'NOT_ACCEPTED' } })
    await prisma.dossier.update({ where: { id: refused.id }, data: { receivedAt: refused.submittedAt } })

    const now = new Date()
    const calendar = await workingCalendar(prisma)
    const all = await domainRecords()
    const thisMonth = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 7)
    const previousMonth = new Date(Date.parse(`${thisMonth}-01T00:00:00Z`) - DAY).toISOString().slice(0, 7)
    const periods = [
      period(thisMonth.slice(0, 4)),
      period(thisMonth),
      period(previousMonth),
      period(thisMonth, true),
      period(`${new Date(now.getTime() - 40 * DAY).toISOString().slice(0, 10)}..${new Date(now.getTime() - 3 * DAY).toISOString().slice(0, 10)}`),
    ]
    const expected = headline(
      all.map((d) => d.record),
      calendar,
      periods[0]!,
      now,
    )
    expect(expected.received).toBeGreaterThan(10)
    expect(expected.late * expected.inProgressOverdue * expected.withdrawn * expected.rated * expected.refusedAtReceipt).toBeGreaterThan(0)

    for (const p of periods) {
      const want = headline(
        all.map((d) => d.record),
        calendar,
        p,
        now,
      )
      expect(strip(await headlineFigures(prisma, p, { now })), p.key).toEqual(want)
      for (const dimension of DIMENSIONS) {
        const groups = await figuresBy(prisma, p, dimension, { now })
        expect(await rawFigures(prisma, p, dimension, { now }), `${p.key} ${dimension}`).toEqual(groups)
        for (const group of groups) {
          const mine = all.filter((d) => d.keys[dimension] === group.key).map((d) => d.record)
          expect(strip(group), `${p.key} ${dimension} ${group.key}`).toEqual(headline(mine, calendar, p, now))
        }
      }
    }
  })

  it('folds a change straight in: a rating, a decision, a new dossier are counted on the next read', async () => {
    const { prisma } = database()
    const year = period(String(new Date().getFullYear()))
    const before = await headlineFigures(prisma, year)
    const unrated = await prisma.dossier.findFirstOrThrow({ where: { status: 'RESULT_RETURNED', rating: null, receivedAt: { not: null } } })
    await prisma.$transaction([prisma.rating.create({ data: { dossierId: unrated.id, score: 2 } }), prisma.dossier.update({ where: { id: unrated.id }, data: { updatedAt: new Date() } })])
    const open = await prisma.dossier.findFirstOrThrow({ where: { status: 'IN_PROGRESS' } })
    await prisma.dossier.update({ where: { id: open.id }, data: { status: 'RESOLVED', outcome: 'APPROVED', resolvedAt: new Date() } })
    const after = await headlineFigures(prisma, year)
    expect(after).toMatchObject({ rated: before.rated + 1, satisfied: before.satisfied, resolved: before.resolved + 1, inProgress: before.inProgress - 1 })
    expect(await prisma.statisticsChange.count()).toBe(0)
    // "Now" read from the open dossiers' own table gives what the facts give at the same instant.
    for (const dimension of [null, ...DIMENSIONS] as const) {
      const fromOpen = dimension ? await figuresBy(prisma, year, dimension) : [await headlineFigures(prisma, year)]
      const fromFacts = dimension ? await figuresBy(prisma, year, dimension, { now: new Date() }) : [await headlineFigures(prisma, year, { now: new Date() })]
      expect(fromOpen, String(dimension)).toEqual(fromFacts)
    }
  })

  it('keeps a late dossier late after an apology: only the legal due date counts', async () => {
    const { prisma } = database()
    const late = await prisma.dossier.findFirstOrThrow({ where: { status: 'IN_PROGRESS', dueAt: { lt: new Date() } } })
    const year = period(String(new Date().getFullYear()))
    const before = await headlineFigures(prisma, year)
    // The apology as the life cycle now records it: a timeline event with the new appointment, nothing else.
    await prisma.dossierEvent.create({ data: { dossierId: late.id, action: 'apologise', formCode: '04', data: { appointmentAt: new Date(Date.now() + 5 * DAY) } } })
    await prisma.dossier.update({ where: { id: late.id }, data: { updatedAt: new Date() } })
    expect(await headlineFigures(prisma, year)).toMatchObject({ inProgressOverdue: before.inProgressOverdue, inProgressInTime: before.inProgressInTime })
    await prisma.dossier.update({ where: { id: late.id }, data: { status: 'RESOLVED', outcome: 'APPROVED', resolvedAt: new Date() } })
    const decided = await headlineFigures(prisma, year)
    expect(decided).toMatchObject({ late: before.late + 1, inProgressOverdue: before.inProgressOverdue - 1 })
  })

  it('takes a holiday added later out of the working time of the dossiers decided across it', async () => {
    const { prisma } = database()
    // Received on a Monday, decided on the Friday: the Wednesday becomes a day off.
    const dossier = await prisma.dossier.findFirstOrThrow({ where: { status: 'RESULT_RETURNED' } })
    const monday = new Date('2026-06-08T08:00:00+07:00')
    await prisma.dossier.update({
      where: { id: dossier.id },
      data: { receivedAt: monday, submittedAt: monday, dueAt: new Date('2026-06-19T17:00:00+07:00'), resolvedAt: new Date('2026-06-12T08:00:00+07:00'), pausedMinutes: 0 },
    })
    const june = period('2026-06')
    expect((await headlineFigures(prisma, june)).processingMinutes).toBe(4 * 480)
    expect(await addHoliday(prisma, { date: '2026-06-10', name: 'Ngày nghỉ thử', kind: 'DAY_OFF' })).toEqual({ ok: true })
    expect((await headlineFigures(prisma, june)).processingMinutes).toBe(3 * 480)
  })

  it('lists exactly the dossiers behind each figure, a page at a time', async () => {
    const { prisma } = database()
    const year = period(String(new Date().getFullYear()))
    const overall = await headlineFigures(prisma, year)
    for (const figure of FIGURES) {
      const { total, rows } = await dossiersBehind(prisma, year, { cut: null, figure }, {}, { offset: 0, limit: 3 })
      expect(total, figure).toBe(overall[figure])
      expect(rows.length).toBe(Math.min(3, total))
    }
    const byChannel = await figuresBy(prisma, year, 'channel')
    const counter = byChannel.find((g) => g.key === 'COUNTER')!
    expect((await dossiersBehind(prisma, year, { cut: { dimension: 'channel', key: 'COUNTER' }, figure: 'received' })).total).toBe(counter.received)
  })

  it('counts open dossiers into the next month start when the month turns, without re-adding anything', async () => {
    const { prisma } = database()
    const now = new Date()
    const local = new Date(now.getTime() + 7 * 3600_000)
    const nextMonthStart = new Date(
      `${local.getUTCMonth() === 11 ? local.getUTCFullYear() + 1 : local.getUTCFullYear()}-${String(((local.getUTCMonth() + 1) % 12) + 1).padStart(2, '0')}-01T00:00:00+07:00`,
    )
    const later = new Date(nextMonthStart.getTime() + 3600_000)
    await refreshRollup(prisma, later)
    const key = new Date(later.getTime() + 7 * 3600_000).toISOString().slice(0, 7)
    const next = period(key)
    const calendar = await workingCalendar(prisma)
    const all = await domainRecords()
    expect(strip(await headlineFigures(prisma, next, { now: later }))).toEqual(
      headline(
        all.map((d) => d.record),
        calendar,
        next,
        later,
      ),
    )
    expect((await headlineFigures(prisma, next, { now: later })).carriedOver).toBeGreaterThan(0)
  })
})
