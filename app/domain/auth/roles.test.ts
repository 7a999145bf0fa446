import { describe, expect, it } from 'vitest'
import { AREA_ROLES, hasControlCharacters, homePathOf, mayEnter, ROLES, safeRedirect } from './roles.ts'

describe('roles and areas', () => {
  it('gives every role exactly one area', () => {
    for (const role of ROLES) {
      const areas = Object.values(AREA_ROLES).filter((roles) => roles.includes(role))
      expect(areas, role).toHaveLength(1)
    }
  })

  it('lands each role on its own area', () => {
    expect(homePathOf('CITIZEN')).toBe('/ho-so')
    expect(homePathOf('CLERK')).toBe('/mot-cua')
    expect(homePathOf('APPROVER')).toBe('/mot-cua')
    expect(homePathOf('SUPPORT_STAFF')).toBe('/ho-tro')
    expect(homePathOf('SYSTEM_ADMIN')).toBe('/quan-tri')
  })

  it("keeps citizens out of the back office and staff out of citizens' area", () => {
    expect(mayEnter('CITIZEN', 'backOffice')).toBe(false)
    expect(mayEnter('CLERK', 'citizen')).toBe(false)
    expect(mayEnter('AGENCY_ADMIN', 'admin')).toBe(true)
  })

  it('redirects only within the site', () => {
    expect(safeRedirect('/thu-tuc/1.001193', 'CITIZEN')).toBe('/thu-tuc/1.001193')
    expect(safeRedirect('//evil.example/x', 'CITIZEN')).toBe('/ho-so')
    expect(safeRedirect('https://evil.example', 'CLERK')).toBe('/mot-cua')
    expect(safeRedirect('/\\evil.example', 'CLERK')).toBe('/mot-cua')
    expect(safeRedirect(undefined, 'SUPPORT_STAFF')).toBe('/ho-tro')
    expect(safeRedirect('/ho-so\r\nSet-Cookie: x=1', 'CITIZEN')).toBe('/ho-so')
    expect(safeRedirect('/thủ-tục', 'CITIZEN')).toBe('/ho-so')
    expect(safeRedirect('/thu-tuc?q=khai%20sinh', 'CITIZEN')).toBe('/thu-tuc?q=khai%20sinh')
  })

  it('refuses what a browser would read as another site: tabs, newlines, backslashes anywhere', () => {
    for (const target of ['/\t/evil.example', '/\n/evil.example', '/\r\n/evil.example', '/\t\\evil.example', '/a\\..\\\\evil.example', ' //evil.example', '/%0a', 'javascript:alert(1)'])
      expect(safeRedirect(target, 'CITIZEN'), JSON.stringify(target)).toBe(target === '/%0a' ? '/%0a' : '/ho-so')
    expect(safeRedirect('/ho-so/abc?tab=1#top', 'CITIZEN')).toBe('/ho-so/abc?tab=1#top')
    expect(safeRedirect('/a/../b', 'CITIZEN')).toBe('/b')
    expect(hasControlCharacters('/ho-so\r\nSet-Cookie: x=1')).toBe(true)
    expect(hasControlCharacters('/ho-so?q=an%0d%0a')).toBe(false)
  })
})
