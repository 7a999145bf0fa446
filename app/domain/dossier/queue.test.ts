import { describe, expect, it } from 'vitest'
import { parseQueueFilter } from './queue-filter.ts'
import { decodeCursor, encodeCursor } from './queue.ts'

describe('queue address', () => {
  it('reads its own cursor back and ignores any other', () => {
    const cursor = { at: new Date('2026-12-01T10:00:00Z'), id: 'cmx1abc' }
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor)
    for (const bad of ['zzzz', 'zzzzzzzzzzzz.abc', '-1.abc', 'ZZ.abc', '']) expect(decodeCursor(bad), bad).toBeNull()
  })

  it('drops filters longer than any link makes instead of failing', () => {
    const long = 'a'.repeat(101)
    expect(parseQueueFilter(new URLSearchParams({ procedure: long, field: long, after: long, status: 'RECEIVED' }))).toEqual({ status: 'RECEIVED' })
  })
})
