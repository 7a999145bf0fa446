import { randomBytes } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { fillGzip, gzipTemplate } from './gzip-template.ts'

const page = (nonce: string) =>
  `<!DOCTYPE html><html lang="vi"><body>${'<li>Đăng ký khai sinh – Ủy ban nhân dân xã</li>'.repeat(900)}<script nonce="${nonce}">a()</script>` +
  `<p>Thủ tục hành chính</p><script nonce="${nonce}">b()</script></body></html>`

describe('gzip template', () => {
  it('decompresses to the page with each response’s own filler, about as small as gzip of the whole', () => {
    const template = gzipTemplate(
      page('@@')
        .split('@@')
        .map((part) => Buffer.from(part)),
      24,
    )
    for (let i = 0; i < 3; i++) {
      const nonce = randomBytes(16).toString('base64')
      const gzipped = fillGzip(template, Buffer.from(nonce))
      expect(gunzipSync(gzipped).toString()).toBe(page(nonce))
      expect(gzipped.length).toBeLessThan(gzipSync(page(nonce), { level: 6 }).length + 64) // a few block headers
    }
  })

  it('refers back across parts (a page longer than a part), and a filler of another length is refused', () => {
    const long = `${'x'.repeat(40_000)}@@${'x'.repeat(40_000)}`.split('@@').map((part) => Buffer.from(part))
    const template = gzipTemplate(long, 4)
    expect(gunzipSync(fillGzip(template, Buffer.from('ABCD'))).toString()).toBe(`${'x'.repeat(40_000)}ABCD${'x'.repeat(40_000)}`)
    expect(() => fillGzip(template, Buffer.from('ABC'))).toThrow()
  })
})
