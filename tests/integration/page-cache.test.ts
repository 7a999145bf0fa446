// The public page cache (server/page-cache.ts, ADR 013) against the real server: anonymous visitors share a
// rendered page with their own nonce, logged-in people and language switches never do, and a catalogue edit shows
// at once in the process that made it and within a second or two in another one (PostgreSQL: two processes).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../prisma/seed/accounts.ts'
import { buildIfStale } from '../../scripts/build-if-stale.ts'
import { PortalClient } from '../support/portal-client.ts'
import { createServerDatabase } from '../support/server-database.ts'
import { startServer, type ServerProcess } from '../support/server-process.ts'
import { onPostgres } from './database.ts'

const PROCEDURE = '/thu-tuc/1.004746' // Đăng ký nhận cha, mẹ, con: no other test touches it
const dataDirs: string[] = []
const servers: ServerProcess[] = []
let dropDatabase: (() => Promise<void>) | undefined

beforeAll(async () => {
  buildIfStale()
  const env: Record<string, string> = {}
  if (onPostgres) {
    const created = await createServerDatabase(process.env.TEST_DATABASE_URL, 'portal_cache')
    env.DATABASE_URL = created.url
    dropDatabase = created.drop
  }
  // Two processes share a PostgreSQL database; PGlite has one owner of its directory.
  for (let i = 0; i < (onPostgres ? 2 : 1); i++) {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-cache-'))
    dataDirs.push(dataDir)
    servers.push(await startServer({ ...env, DATA_DIR: dataDir }))
  }
}, 300_000)

afterAll(async () => {
  for (const server of servers) await server.stop('SIGTERM')
  await dropDatabase?.()
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true })
})

const get = (baseUrl: string, address: string, cookie = '') => fetch(new URL(address, baseUrl), { headers: cookie ? { Cookie: cookie } : {}, redirect: 'manual' })

async function page(baseUrl: string, address: string, cookie = '') {
  const response = await get(baseUrl, address, cookie)
  const html = await response.text()
  const nonce = response.headers.get('Content-Security-Policy')?.match(/'nonce-([^']+)'/)?.[1]
  return {
    status: response.status,
    hit: response.headers.get('X-Page-Cache') === 'hit',
    html,
    nonce,
    setCookie: response.headers.get('Set-Cookie'),
    encoding: response.headers.get('Content-Encoding'),
  }
}

describe('public page cache', () => {
  it('serves an anonymous visitor a shared copy with this response’s nonce, one copy per language', async () => {
    const { baseUrl } = servers[0]!
    const first = await page(baseUrl, '/thu-tuc?q=khai+sinh')
    const second = await page(baseUrl, '/thu-tuc?q=khai+sinh')
    expect(second.hit).toBe(true)
    expect(second.encoding).toBe('gzip') // compressed once, the nonce filled in per response
    expect(second.nonce).not.toBe(first.nonce)
    expect(second.html).toContain(`nonce="${second.nonce}"`)
    expect(second.html).not.toContain(first.nonce!)
    expect(second.html.replaceAll(second.nonce!, '')).toBe(first.html.replaceAll(first.nonce!, ''))

    const english = await page(baseUrl, '/thu-tuc?q=khai+sinh', 'lng=en')
    expect(english.html).toContain('lang="en"')
    expect((await page(baseUrl, '/thu-tuc?q=khai+sinh', 'lng=en')).hit).toBe(true)
    expect((await page(baseUrl, '/thu-tuc?q=khai+sinh')).html).toContain('lang="vi"')
  })

  it('never shares a page with a session, a language switch (Set-Cookie) or another address', async () => {
    const { baseUrl } = servers[0]!
    const citizen = new PortalClient(baseUrl)
    await citizen.send('/dang-nhap', new URLSearchParams({ identifier: '089090000001', password: DEMO_PASSWORD }))
    await page(baseUrl, PROCEDURE)
    for (let i = 0; i < 2; i++) {
      const own = await page(baseUrl, PROCEDURE, citizen.cookieHeader())
      expect(own.hit).toBe(false)
      expect(own.html).toContain('Nguyễn Văn An')
    }
    const switched = await page(baseUrl, `${PROCEDURE}?lng=en`)
    expect(switched.hit).toBe(false)
    expect(switched.setCookie).toContain('lng=en')
    expect((await page(baseUrl, '/thu-tuc/1.001193/mau/khong-co')).hit).toBe(false)
    expect((await page(baseUrl, '/')).hit).toBe(false)
  })

  it('drops every copy when the catalogue changes: at once here, within a second or two in another process', async () => {
    const [editor, other = editor] = servers as [ServerProcess, ServerProcess?]
    const admin = new PortalClient(editor.baseUrl)
    await admin.send('/dang-nhap', new URLSearchParams({ identifier: 'admin@angiang.example', password: DEMO_PASSWORD }))
    for (const server of servers) {
      await page(server.baseUrl, PROCEDURE)
      expect((await page(server.baseUrl, PROCEDURE)).hit).toBe(true)
    }
    const publish = (published: '0' | '1') => admin.send('/quan-tri/thu-tuc', new URLSearchParams({ code: PROCEDURE.split('/').pop()!, published }))
    expect((await publish('0')).status).toBe(200)
    expect((await page(editor.baseUrl, PROCEDURE)).status).toBe(404)
    const seen = async (status: number) => {
      const deadline = Date.now() + 2_500
      while ((await page(other.baseUrl, PROCEDURE)).status !== status) {
        if (Date.now() > deadline) return false
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      return true
    }
    expect(await seen(404)).toBe(true)
    expect((await publish('1')).status).toBe(200)
    expect((await page(editor.baseUrl, PROCEDURE)).status).toBe(200)
    expect(await seen(200)).toBe(true)
  })
})
