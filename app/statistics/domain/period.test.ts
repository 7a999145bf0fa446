import { describe, expect, it } from 'vitest'
import { judgedAt, parsePeriod, type Period } from './period.ts'

const read = (value: string | null, options?: Parameters<typeof parsePeriod>[1]): Period => {
  const result = parsePeriod(value, options)
  if (!result.ok) throw new Error(`${value} refused: ${result.problem}`)
  return result.period
}
const days = (p: Period) => [p.key, p.firstDay, p.lastDay]

describe('reporting periods as people type them', () => {
  it('reads months, quarters, six and nine months, halves and years into one canonical key', () => {
    expect(days(read('11/2026'))).toEqual(['2026-11', '2026-11-01', '2026-11-30'])
    expect(days(read('2026-11'))).toEqual(['2026-11', '2026-11-01', '2026-11-30'])
    expect(days(read('T2/2028'))).toEqual(['2028-02', '2028-02-01', '2028-02-29'])
    expect(days(read('Q4/2026'))).toEqual(['2026-Q4', '2026-10-01', '2026-12-31'])
    expect(days(read('2026-Q4'))).toEqual(['2026-Q4', '2026-10-01', '2026-12-31'])
    expect(days(read('quý 1/2026'))).toEqual(['2026-Q1', '2026-01-01', '2026-03-31'])
    expect(days(read('6T/2026'))).toEqual(['2026-H1', '2026-01-01', '2026-06-30'])
    expect(days(read('6 tháng 2026'))).toEqual(['2026-H1', '2026-01-01', '2026-06-30'])
    expect(days(read('2026-H2'))).toEqual(['2026-H2', '2026-07-01', '2026-12-31'])
    expect(days(read('9T/2026'))).toEqual(['2026-9M', '2026-01-01', '2026-09-30'])
    expect(days(read('2026'))).toEqual(['2026', '2026-01-01', '2026-12-31'])
    expect(days(read('năm 2025'))).toEqual(['2025', '2025-01-01', '2025-12-31'])
  })

  it('reads any range of days written either way, inclusive of its last day', () => {
    expect(days(read('01/10/2026-15/11/2026'))).toEqual(['2026-10-01..2026-11-15', '2026-10-01', '2026-11-15'])
    expect(days(read('1/10/2026 – 15/11/2026'))).toEqual(['2026-10-01..2026-11-15', '2026-10-01', '2026-11-15'])
    expect(days(read('2026-10-01..2026-11-15'))).toEqual(['2026-10-01..2026-11-15', '2026-10-01', '2026-11-15'])
    expect(days(read('01/10/2026 đến 15/11/2026'))).toEqual(['2026-10-01..2026-11-15', '2026-10-01', '2026-11-15'])
    expect(read('2026-10-01..2026-10-01')).toMatchObject({ from: new Date('2026-09-30T17:00:00Z'), to: new Date('2026-10-01T17:00:00Z') })
  })

  it('works in Vietnam time: a month starts at 00:00 on its first day in Hanoi', () => {
    expect(read('2026-12')).toMatchObject({ kind: 'month', from: new Date('2026-11-30T17:00:00Z'), to: new Date('2026-12-31T17:00:00Z') })
    expect(read('2025')).toMatchObject({ kind: 'year', from: new Date('2024-12-31T17:00:00Z'), to: new Date('2025-12-31T17:00:00Z') })
  })

  it('runs a cut-off period from the 15th of the month before to the 14th of its last month', () => {
    expect(days(read('11/2026', { cutOff: true }))).toEqual(['2026-11', '2026-10-15', '2026-11-14'])
    expect(days(read('Q4/2026', { cutOff: true }))).toEqual(['2026-Q4', '2026-09-15', '2026-12-14'])
    expect(days(read('2026', { cutOff: true }))).toEqual(['2026', '2025-12-15', '2026-12-14'])
    expect(days(read('Q1/2026', { cutOff: true }))).toEqual(['2026-Q1', '2025-12-15', '2026-03-14'])
    // A range is the range, whatever the option.
    expect(read('01/10/2026-15/11/2026', { cutOff: true }).cutOff).toBe(false)
  })

  it('is the current year (in Vietnam) when nothing is typed', () => {
    expect(read(null, { now: new Date('2026-12-31T18:00:00Z') }).key).toBe('2027')
    expect(read('  ', { now: new Date('2026-06-01T00:00:00Z') }).key).toBe('2026')
  })

  it('refuses what is not a period instead of showing a whole year', () => {
    for (const wrong of ['nonsense', 'Q5/2026', '31/02/2026-01/03/2026', '2026-10-01..']) {
      expect(parsePeriod(wrong), wrong).toEqual({ ok: false, problem: 'format' })
    }
    // Written as a period, but there is none: the reader is told the years and months there are.
    for (const none of ['9999', '0000', '13/2026', '2026-13', '0/2026']) expect(parsePeriod(none), none).toEqual({ ok: false, problem: 'noSuchPeriod' })
    expect(parsePeriod('15/11/2026-01/10/2026')).toEqual({ ok: false, problem: 'order' })
  })
})

describe('the instant a period is judged at', () => {
  it('is its end once over, and now while it runs', () => {
    const november = read('2026-11')
    expect(judgedAt(november, new Date('2027-01-05T00:00:00Z'))).toEqual(november.to)
    expect(judgedAt(november, new Date('2026-11-20T03:00:00Z'))).toEqual(new Date('2026-11-20T03:00:00Z'))
  })
})
