// The demo data checked by hand, as a province's statistician would: the figures the dashboard shows for the
// seeded dossiers at a fixed date, each worked out from the dossiers themselves (prisma/seed/dossiers.ts).
// Before ADR 014 the dashboard counted every dossier in the month it was received and judged "in progress" as
// of today: a month's decisions of dossiers received the month before were missing, the overdue dossiers carried
// over were not in its progress score (20/20 where the dossiers give 18/20), a dossier refused at reception was
// "received", and a past month's dossiers in progress were judged as they stand today.
import { describe, expect, it } from 'vitest'
import { parsePeriod, type Period } from '~/statistics/domain/period.ts'
import { scores } from '~/statistics/domain/scores.ts'
import { figuresBy, headlineFigures } from '~/statistics/figures.server.ts'
import { useTestDatabase } from './database.ts'

// Tuesday 8 December 2026, 10:00 in Vietnam: the demo dossiers span 13/11 to 07/12.
const now = new Date('2026-12-08T10:00:00+07:00')
const database = useTestDatabase({ seed: true, seedAt: now })
const period = (key: string): Period => {
  const result = parsePeriod(key)
  if (!result.ok) throw new Error(key)
  return result.period
}
const LONG_XUYEN = '000.20.01.H01'

describe('the seeded figures, checked by hand', () => {
  it('Phường Long Xuyên, December: 5 carried over + 4 received = 3 decided on time + 1 withdrawn + 5 in progress', async () => {
    // Carried over (open at 01/12 00:00): received 18/11 (due 20/11), 23/11 (decided 07/12), 26/11 (due 30/11),
    // 30/11 (withdrawn 02/12), 30/11 (decided 03/12). Received in December: 02/12, 04/12, 07/12, 07/12 — the one
    // refused at reception on 03/12 is not received. Decided in December, each on its due day before the due
    // hour: 03/12, 07/12, 07/12 → on time 3. Open now: the two due 20/11 and 30/11 are overdue; the one waiting
    // for a supplement and the two received 07/12 are in time.
    const [commune] = (await figuresBy(database().prisma, period('2026-12'), 'agency', { now })).filter((g) => g.key === LONG_XUYEN)
    expect(commune).toMatchObject({
      carriedOver: 5,
      received: 4,
      refusedAtReceipt: 1,
      handled: 9,
      early: 0,
      onTime: 3,
      late: 0,
      withdrawn: 1,
      inProgressInTime: 3,
      inProgressOverdue: 2,
    })
    // Decision 766 progress: (0 early + 3 on time + 3 in progress in time) / (3 decided + 5 in progress) = 6/8 → 15/20.
    expect(scores(commune!).groups[0]).toMatchObject({ group: 'progress', points: 15 })
    expect(commune!.onTimeRate).toBe(1)
    expect(commune!.inProgressShareOfHandled).toBeCloseTo(5 / 9)
  })

  it('Phường Long Xuyên, November, judged at its end and not as of today', async () => {
    // Received 13/11–30/11: 6. Decided in November: the one refused on the merits on 18/11, on time. Open at
    // 01/12 00:00: due 20/11 and 30/11 → overdue; due 07/12, 03/12 and the one withdrawn only on 02/12 → in time.
    const [commune] = (await figuresBy(database().prisma, period('2026-11'), 'agency', { now })).filter((g) => g.key === LONG_XUYEN)
    expect(commune).toMatchObject({ carriedOver: 0, received: 6, onTime: 1, refused: 1, withdrawn: 0, inProgressInTime: 3, inProgressOverdue: 2 })
    // (1 + 3) / (1 + 5) = 4/6 → 13,33/20.
    expect(scores(commune!).groups[0]?.points).toBe(13.33)
  })

  it('the province, December: Sở Tư pháp and Phường Long Xuyên together', async () => {
    // Sở Tư pháp: carried over 5 (as above, its dossiers of 18/11–30/11), received 4; decided 07/12 on its due
    // day (on time), 07/12 with the due date 14/12 and 16/12 (early 2); the same two overdue and three in time.
    const province = await headlineFigures(database().prisma, period('2026-12'), { now })
    expect(province).toMatchObject({ carriedOver: 10, received: 8, refusedAtReceipt: 2, early: 2, onTime: 4, late: 0, withdrawn: 2, inProgressInTime: 6, inProgressOverdue: 4 })
    // (2 + 4 + 6) / (6 + 10) = 12/16 → 15/20; on time 6 of 6 decided = 100,00 %; early or on time 6 of 18 handled.
    expect(scores(province).groups[0]?.points).toBe(15)
    expect(province.onTimeShareOfHandled).toBeCloseTo(6 / 18)
    expect(province.handled).toBe(province.resolved + province.withdrawn + province.stopped + province.inProgress)
  })
})
