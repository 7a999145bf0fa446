// A province's half-year through the import and back out of the statistics: 24,000 dossiers generated here by
// simple rules, imported as a CSV file, and the published figures read back to two decimals against what the
// rules give when counted directly (not through the domain code).
import { describe, expect, it } from 'vitest'
import { formatRate } from '~/statistics/domain/format.ts'
import { parsePeriod, type Period } from '~/statistics/domain/period.ts'
import { importDossiers } from '~/models/dossier-import.server.ts'
import { bytesSource } from '~/models/import-source.server.ts'
import { figuresBy, headlineFigures } from '~/statistics/figures.server.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const ROWS = 24_000
const DAY = 86_400_000
const JAN1 = Date.parse('2026-01-01T08:00:00+07:00')
const JUL1 = Date.parse('2026-07-01T00:00:00+07:00')
const APR1 = Date.parse('2026-04-01T00:00:00+07:00')
const period = (key: string) => (parsePeriod(key) as { ok: true; period: Period }).period
const two = (n: number) => String(n).padStart(2, '0')
const vn = (ms: number) => {
  const d = new Date(ms + 7 * 3600_000)
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`
}

/** Row i of the half-year, by rules simple enough to count by hand. */
function row(i: number) {
  const channel = i % 5 < 3 ? 'ONLINE' : i % 5 === 3 ? 'COUNTER' : 'SUPPORT_POINT' // 60 % online
  const kind = i % 100 // 0–84 returned, 85–89 decided, 90–93 withdrawn, 94 stopped, 95–99 in progress
  const status = kind < 85 ? 'RESULT_RETURNED' : kind < 90 ? 'RESOLVED' : kind < 94 ? 'WITHDRAWN' : kind < 95 ? 'STOPPED' : 'IN_PROGRESS'
  const received = JAN1 + (i % 170) * DAY // 01/01–19/06
  const due = received + (status === 'IN_PROGRESS' && i % 2 === 0 ? 40 : 10) * DAY
  const decided = kind < 90
  // Decided: i % 10 of 0–2 early (the day before the due day), 7 late (a day after), the rest on the due day.
  const timing = i % 10 < 3 ? 'early' : i % 10 === 7 ? 'late' : 'onTime'
  const resolved = decided ? due + (timing === 'early' ? -DAY : timing === 'late' ? DAY : -3600_000) : null
  const fee = i % 4 === 0 ? 50_000 : 0
  const paid = fee > 0 && channel === 'ONLINE'
  return { i, channel, status, received, due, resolved, decided, timing, fee, paid, closed: status === 'WITHDRAWN' || status === 'STOPPED' ? received + 2 * DAY : null }
}

function file() {
  const lines = ['code,procedure_code,agency_code,channel,status,received_at,due_at,resolved_at,returned_at,closed_at,outcome,fee,paid_online,amount_paid']
  for (let i = 0; i < ROWS; i++) {
    const r = row(i)
    const procedure = i % 3 === 0 ? '2.000488,000.00.02.H01' : '1.001193,000.20.01.H01'
    lines.push(
      [
        `HY-${i}`,
        procedure,
        r.channel,
        r.status,
        vn(r.received),
        vn(r.due),
        r.resolved ? vn(r.resolved) : '',
        r.status === 'RESULT_RETURNED' ? vn(r.resolved! + 3600_000) : '',
        r.closed ? vn(r.closed) : '',
        r.decided ? 'APPROVED' : '',
        String(r.fee),
        r.paid ? 'có' : 'không',
        r.paid ? String(r.fee) : '0',
      ].join(','),
    )
  }
  return `${lines.join('\n')}\n`
}

describe("a province's half-year, imported and read back", () => {
  it('gives the published figures to two decimals', { timeout: 600_000 }, async () => {
    const { prisma } = database()
    expect(await importDossiers(prisma, bytesSource('6-thang-2026.csv', Buffer.from(file())))).toMatchObject({ ok: true, imported: ROWS })
    const rows = Array.from({ length: ROWS }, (_, i) => row(i))
    const decided = rows.filter((r) => r.decided)
    const open = rows.filter((r) => r.status === 'IN_PROGRESS')
    const count = (list: typeof rows, test: (r: (typeof rows)[number]) => boolean) => list.filter(test).length
    // By hand: 24,000 rows, 60 % online; 90 % decided = 21,600, of which i % 10 = 7 late (1 in 10) = 2,160 and
    // 0–2 early (3 in 10) = 6,480; 5 % in progress = 1,200.
    expect([decided.length, count(decided, (r) => r.timing === 'late'), count(decided, (r) => r.timing === 'early'), open.length]).toEqual([21_600, 2_160, 6_480, 1_200])

    const half = await headlineFigures(prisma, period('6T/2026'))
    const mine = await figuresBy(prisma, period('6T/2026'), 'agency')
    const seeded = (key: string) => mine.find((g) => g.key === key)!
    // The imported rows are all in the half-year; the seeded demo dossiers (late 2026) are not.
    expect(half).toMatchObject({ carriedOver: 0, received: ROWS, receivedOnline: 14_400, receivedCounter: 4_800, receivedSupportPoint: 4_800 })
    expect(seeded('000.00.02.H01').received + seeded('000.20.01.H01').received).toBe(ROWS)
    expect(half).toMatchObject({ early: 6_480, late: 2_160, onTime: 21_600 - 6_480 - 2_160, withdrawn: 960, stopped: 240 })
    // In progress at 01/07 00:00: due 40 days after receipt is still ahead for those received from 22/05 on.
    const inTime = count(open, (r) => r.due >= JUL1)
    expect(half).toMatchObject({ inProgressInTime: inTime, inProgressOverdue: 1_200 - inTime })
    expect(formatRate(half.onlineShare, 'vi')).toBe('60,00\u00a0%')
    expect(formatRate(half.onTimeRate, 'vi')).toBe('90,00\u00a0%') // (21,600 − 2,160) / 21,600
    expect(formatRate(half.onTimeShareOfHandled, 'vi')).toBe('81,00\u00a0%') // 19,440 / 24,000
    expect(formatRate(half.lateShareOfHandled, 'vi')).toBe('9,00\u00a0%')
    expect(formatRate(half.inProgressShareOfHandled, 'vi')).toBe('5,00\u00a0%')
    // A fee on every fourth row (6,000), paid online where filed online: rows with i % 4 = 0 and i % 5 < 3 → 3,600.
    expect(half).toMatchObject({ feeBearing: 6_000, onlinePayments: 3_600, onlinePaymentAmount: 3_600 * 50_000 })
    expect(formatRate(half.paidOnlineShare, 'vi')).toBe('60,00\u00a0%')
    expect(half.handled).toBe(half.resolved + half.withdrawn + half.stopped + half.inProgress)

    // The second quarter carries over what was open at 01/04 and decides what was decided in it.
    const q2 = await headlineFigures(prisma, period('Q2/2026'))
    const openAt = (r: (typeof rows)[number], at: number) => r.received < at && (r.resolved ?? r.closed ?? Infinity) >= at
    expect(q2.carriedOver).toBe(count(rows, (r) => openAt(r, APR1)))
    expect(q2.received).toBe(count(rows, (r) => r.received >= APR1 && r.received < JUL1))
    expect(q2.late).toBe(count(decided, (r) => r.timing === 'late' && r.resolved! >= APR1 && r.resolved! < JUL1))
  })
})
