import { describe, expect, it } from 'vitest'
import { contactChannels } from './contact.ts'
import { parseTextSize, returnPath, textSizeFromCookie } from './text-size.ts'
import { helpTopic } from './topics.ts'

describe('contact channels', () => {
  it('shows only what the province configured, with a dialable hotline', () => {
    expect(contactChannels({ CONTACT_HOTLINE: '0296 3 957 957', CONTACT_EMAIL: ' motcua@angiang.gov.vn ' })).toEqual({
      hotline: { display: '0296 3 957 957', tel: '02963957957' },
      email: 'motcua@angiang.gov.vn',
      address: null,
      hours: null,
    })
    expect(contactChannels({ CONTACT_HOTLINE: '+84 296 3957 957' }).hotline?.tel).toBe('+842963957957')
    expect(contactChannels({ CONTACT_HOTLINE: '  ' }).hotline).toBeNull()
  })
})

describe('text size', () => {
  it('accepts only the offered sizes', () => {
    expect(parseTextSize('150')).toBe(150)
    expect(parseTextSize('175')).toBe(100)
    expect(textSizeFromCookie('lng=en; co-chu=200')).toBe(200)
    expect(textSizeFromCookie(null)).toBe(100)
  })
  it('goes back only to a page of this site', () => {
    expect(returnPath('/thu-tuc?q=khai+sinh')).toBe('/thu-tuc?q=khai+sinh')
    expect(returnPath('//evil.example/')).toBe('/')
    expect(returnPath('/\\evil.example')).toBe('/')
    expect(returnPath('https://evil.example/')).toBe('/')
  })
})

describe('help topics', () => {
  it('are found by their address', () => {
    expect(helpTopic('nop-ho-so')?.id).toBe('file')
    expect(helpTopic('khong-co')).toBeUndefined()
  })
})
