import { describe, expect, it } from 'vitest'
import { catalogueHref } from './filters.ts'
import { parseCatalogueQuery } from './query.ts'
import { rank, withinEdits } from './ranking.ts'
import { foldVietnamese, queryTerms } from './search-text.ts'

describe('foldVietnamese', () => {
  it('removes diacritics, including đ, and lower-cases', () => {
    expect(foldVietnamese('Đăng ký khai sinh')).toBe('dang ky khai sinh')
    expect(foldVietnamese('Cấp Phiếu lý lịch tư pháp')).toBe('cap phieu ly lich tu phap')
    expect(foldVietnamese('Giấy phép xây dựng – nhà ở riêng lẻ')).toBe('giay phep xay dung nha o rieng le')
  })

  it('treats composed and decomposed Unicode alike', () => {
    expect(foldVietnamese('Hộ tịch'.normalize('NFD'))).toBe(foldVietnamese('Hộ tịch'.normalize('NFC')))
  })

  it('keeps national codes searchable', () => {
    expect(queryTerms('1.001193')).toEqual(['1.001193'])
  })
})

describe('ranking', () => {
  const item = (code: string, name: string) => ({ code, name, searchText: foldVietnamese(`${code} ${name}`) })
  const catalogue = [
    item('1.001022', 'Đăng ký khai sinh có yếu tố nước ngoài'),
    item('1.003583', 'Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi'),
    item('1.001193', 'Đăng ký khai sinh'),
    item('1.000894', 'Đăng ký kết hôn'),
  ]

  it('finds procedures typed without diacritics and puts the exact name first', () => {
    const names = rank(catalogue, 'dang ky khai sinh').map((p) => p.code)
    expect(names[0]).toBe('1.001193')
    expect(names).not.toContain('1.000894')
    expect(names).toHaveLength(3)
  })

  it('finds a procedure by its national code', () => {
    expect(rank(catalogue, '1.000894').map((p) => p.code)).toEqual(['1.000894'])
  })
})

describe('catalogue query', () => {
  it('ignores unknown online levels and bad page numbers instead of failing', () => {
    const query = parseCatalogueQuery(new URLSearchParams('q=%20khai%20sinh%20&online=X&page=-3'))
    expect(query).toMatchObject({ q: 'khai sinh', online: undefined, page: 1 })
  })

  it('drops filters longer than any link makes instead of failing', () => {
    const long = 'x'.repeat(201)
    expect(parseCatalogueQuery(new URLSearchParams({ q: long, field: long, agency: long, level: 'HUYEN' }))).toMatchObject({ q: undefined, field: undefined, agency: undefined, level: 'HUYEN' })
  })

  it('builds stable, shareable addresses', () => {
    const query = parseCatalogueQuery(new URLSearchParams('q=ho tich&field=HO_TICH'))
    expect(catalogueHref(query, 2)).toBe('/thu-tuc?q=ho+tich&field=HO_TICH&page=2')
    expect(catalogueHref(query, 1)).toBe('/thu-tuc?q=ho+tich&field=HO_TICH')
  })
})

describe('ranking among equals', () => {
  it('puts what can be done online before what cannot', () => {
    const make = (code: string, name: string, onlineLevel: 'FULL' | 'PARTIAL' | 'NONE') => ({ code, name, onlineLevel, searchText: foldVietnamese(name) })
    const ranked = rank([make('a', 'Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng', 'NONE'), make('b', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam', 'FULL')], 'ly lich tu phap')
    expect(ranked.map((p) => p.code)).toEqual(['b', 'a'])
  })
})

describe('typos', () => {
  const item = (code: string, name: string) => ({ code, name, searchText: foldVietnamese(`${code} ${name}`) })
  const catalogue = [
    item('2.000488', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam'),
    item('1.009994', 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ'),
    item('1.001193', 'Đăng ký khai sinh'),
    item('1.000656', 'Đăng ký khai tử'),
  ]

  it('tolerates a slip of the finger in longer words', () => {
    expect(rank(catalogue, 'giay phep xay dugn')[0]?.code).toBe('1.009994') // swapped letters
    expect(rank(catalogue, 'ly lich tu phapp')[0]?.code).toBe('2.000488') // one extra letter
    expect(rank(catalogue, 'dang ky khai sinhh')[0]?.code).toBe('1.001193')
  })

  it('does not let short words drift into other words', () => {
    expect(rank(catalogue, 'khai sinh').map((p) => p.code)).toEqual(['1.001193'])
  })

  it('counts edits like people make them', () => {
    expect(withinEdits('dugn', 'dung', 1)).toBe(true)
    expect(withinEdits('phapp', 'phap', 1)).toBe(true)
    expect(withinEdits('sinh', 'tu', 1)).toBe(false)
  })
})
