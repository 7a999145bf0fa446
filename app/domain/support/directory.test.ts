import { describe, expect, it } from 'vitest'
import { formatPhone, mapLink, phoneKind } from './directory.ts'

describe('support-point directory', () => {
  it('tells landlines from mobiles', () => {
    expect(phoneKind('02963841001')).toBe('landline')
    expect(phoneKind('0296 3841 001')).toBe('landline')
    expect(phoneKind('+84 907 654 321')).toBe('mobile')
    expect(phoneKind('1900 1234')).toBe('other')
  })
  it('groups the digits as people read them', () => {
    expect(formatPhone('02963841001')).toBe('0296 3841 001')
    expect(formatPhone('0907654321')).toBe('0907 654 321')
    expect(formatPhone('1900 1234')).toBe('1900 1234')
  })
  it('links to a map only with valid coordinates', () => {
    expect(mapLink(10.386, 105.438)).toBe('https://www.google.com/maps/search/?api=1&query=10.386000,105.438000')
    expect(mapLink(null, 105.4)).toBeNull()
    expect(mapLink(100, 105.4)).toBeNull()
  })
})
