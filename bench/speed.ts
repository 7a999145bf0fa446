// Speed on phones: for each key page, the bytes a first visit transfers (JavaScript and everything, compressed,
// as Chromium's network log counts them) against the 150 KB JavaScript budget, and the JavaScript the first
// focus adds (form validation); then a Lighthouse mobile run (its default: a mid-range phone, slow 4G, 4× CPU
// slowdown) in Debian's Chromium: performance and accessibility.
// Runs the production server on a throwaway embedded database. Exit 1 when a budget is missed.
// Usage: npx tsx bench/speed.ts
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from '@playwright/test'
import { startServer } from '../tests/support/server-process.ts'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const PAGES = ['/', '/thu-tuc?q=khai+sinh', '/thu-tuc/1.001193', '/tra-cuu', '/dang-nhap', '/dang-ky', '/thong-ke', '/diem-ho-tro']
const BUDGET = { jsKB: 150, performance: 90, accessibility: 100 }

const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-speed-'))
const server = await startServer({ DATA_DIR: dataDir })
const rows: Record<string, string | number>[] = []
let missed = false
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) })
  const transferred: Record<string, { js: number; total: number; requests: number; onFocus: number }> = {}
  for (const url of PAGES) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    const types = new Map<string, string>()
    const counts = { js: 0, total: 0, requests: 0, onFocus: 0 }
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type))
    cdp.on('Network.loadingFinished', (event) => {
      counts.total += event.encodedDataLength
      counts.requests++
      if (types.get(event.requestId) === 'Script') counts.js += event.encodedDataLength
    })
    await page.goto(server.baseUrl + url, { waitUntil: 'networkidle' })
    const firstLoad = { ...counts }
    // Form validation arrives when the person first focuses something (app/forms/use-validated-form.ts).
    await page.keyboard.press('Tab')
    await page.waitForTimeout(1000)
    transferred[url] = { ...firstLoad, onFocus: counts.js - firstLoad.js }
    await context.close()
  }
  await browser.close()

  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS })
  try {
    for (const url of PAGES) {
      const result = await lighthouse(server.baseUrl + url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] })
      const lhr = result!.lhr
      // A run Lighthouse could not measure (a busy machine: NO_LCP, PAGE_HUNG) scores 0; say so rather than guess.
      if (lhr.runtimeError || lhr.categories.performance?.score === null) console.log(`${url}: ${lhr.runtimeError?.code ?? 'no score'} ${lhr.runtimeError?.message ?? ''} ${lhr.runWarnings.join(' ')}`)
      const performance = Math.round((lhr.categories.performance?.score ?? 0) * 100)
      const accessibility = Math.round((lhr.categories.accessibility?.score ?? 0) * 100)
      const { js, total, requests, onFocus } = transferred[url]!
      const ok = js / 1024 <= BUDGET.jsKB && performance >= BUDGET.performance && accessibility >= BUDGET.accessibility
      missed ||= !ok
      rows.push({
        page: url,
        'JS KB': +(js / 1024).toFixed(1),
        'total KB': +(total / 1024).toFixed(1),
        'JS on focus KB': +(onFocus / 1024).toFixed(1),
        requests,
        performance,
        accessibility,
        'LCP ms': Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
        'TBT ms': Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
        CLS: +(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3),
        budget: ok ? 'met' : 'MISSED',
      })
    }
  } finally {
    await chrome.kill()
  }
  console.table(rows)
  console.log(`budgets: ≤ ${BUDGET.jsKB} KB compressed JavaScript on first load, performance ≥ ${BUDGET.performance}, accessibility ${BUDGET.accessibility}`)
  if (missed) process.exitCode = 1
} finally {
  await server.stop('SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
}
