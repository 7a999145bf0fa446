import { describe, expect, it } from 'vitest'
import { readEventData } from './event-data.ts'

describe('event data', () => {
  it('reads back what was written, dates as dates', () => {
    const written = { items: ['Bản sao giấy khai sinh'], answerBy: new Date('2026-12-10T10:00:00Z'), remainingMinutes: 300 }
    const read = readEventData(JSON.parse(JSON.stringify(written)))
    expect(read).toEqual(written)
  })

  it('drops a field written differently and keeps the others', () => {
    expect(readEventData({ items: 'not a list', amount: 8000, dueAt: 'not a date' })).toEqual({ amount: 8000 })
  })

  it('reads nothing from an event without data', () => {
    expect(readEventData(null)).toEqual({})
    expect(readEventData('text')).toEqual({})
  })
})
