import { describe, expect, it } from 'vitest'
import en from '../../locales/en/common.json'
import vi from '../../locales/vi/common.json'
import { pickLanguage } from './config.ts'

describe('language choice', () => {
  it('defaults to Vietnamese', () => {
    expect(pickLanguage(null, null)).toBe('vi')
    expect(pickLanguage('fr', 'lng=de')).toBe('vi')
  })

  it('lets ?lng= win over the remembered cookie', () => {
    expect(pickLanguage('en', 'lng=vi')).toBe('en')
    expect(pickLanguage(null, 'session=abc; lng=en')).toBe('en')
  })
})

/** Keys without plural suffixes, so "x_one"/"x_other" in English match "x_other" in Vietnamese. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(one|other)$/, '')}`]))
}

describe('locales', () => {
  it('has every message in both languages', () => {
    expect(new Set(keys(en))).toEqual(new Set(keys(vi)))
  })
})
