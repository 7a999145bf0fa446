import { describe, expect, it } from 'vitest'
import { staffActionSchema } from './staff-actions.ts'

describe('staff action forms', () => {
  it('clean every missing item as typed text is: one per line, no direction or zero-width characters', () => {
    const parsed = staffActionSchema.parse({ intent: 'requestSupplement', version: '3', items: 'Ba\u0309n sao\u202E CCCD\r\n\r\n Giấy\u200B khai sinh ' })
    expect(parsed.items).toEqual(['Bản sao CCCD', 'Giấy khai sinh'])
  })
})
