// Form floods: a 5.9 MB multipart post of 50,000 tiny parts (fields and files) to a draft's documents step, and a
// 1 MB url-encoded post of ~250,000 fields to its applicant step, against the production server on a throwaway
// embedded database. Reports how long the server takes to answer each, and what a visitor's procedure page costs
// meanwhile: alone, and while two multipart floods run.
// Usage: npx tsx bench/multipart.ts [parts, default 50000]
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { PortalClient } from '../tests/support/portal-client.ts'
import { startServer } from '../tests/support/server-process.ts'

const parts = Number(process.argv[2] ?? 50_000)
const boundary = '----portal-bench-flood'

function floodBody() {
  const chunks: string[] = []
  for (let i = 0; i < parts; i++) {
    const file = i % 2 === 1 ? `; filename="f${i}.pdf"\r\nContent-Type: application/pdf` : ''
    chunks.push(`--${boundary}\r\nContent-Disposition: form-data; name="field-${i}"${file}\r\n\r\n${'x'.repeat(10)}\r\n`)
  }
  chunks.push(`--${boundary}--\r\n`)
  return Buffer.from(chunks.join(''))
}

async function timed<T>(work: () => Promise<T>) {
  const started = performance.now()
  const value = await work()
  return { value, ms: Math.round(performance.now() - started) }
}

async function pageLatencies(baseUrl: string, count: number) {
  const latencies: number[] = []
  for (let i = 0; i < count; i++) latencies.push((await timed(() => fetch(`${baseUrl}/thu-tuc/1.001193`).then((r) => r.arrayBuffer()))).ms)
  latencies.sort((a, b) => a - b)
  return { median: latencies[Math.floor(count / 2)]!, max: latencies[count - 1]! }
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-multipart-'))
const server = await startServer({ DATA_DIR: dataDir })
try {
  const citizen = new PortalClient(server.baseUrl)
  await citizen.register('Nguyễn Văn Tải')
  const start = await citizen.send('/ho-so/nop/2.000635')
  const step = `${start.location!.replace(/\/nguoi-nop$/, '')}/giay-to`
  const body = floodBody()
  const cookie = citizen.cookieHeader()
  const flood = () =>
    fetch(new URL(step, server.baseUrl), {
      method: 'POST',
      body,
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, Cookie: cookie, Origin: server.baseUrl },
    }).then(async (r) => ({ status: r.status, text: (await r.text()).slice(0, 120) }))

  const fields = new URLSearchParams()
  while (fields.size * 3 < 1_000_000) fields.append('a', '')
  const form = Buffer.from(fields.toString())
  const urlencoded = () =>
    fetch(new URL(step.replace('/giay-to', '/nguoi-nop'), server.baseUrl), {
      method: 'POST',
      body: form,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie, Origin: server.baseUrl },
    }).then((r) => ({ status: r.status }))

  await pageLatencies(server.baseUrl, 5) // warm up
  const alone = await pageLatencies(server.baseUrl, 20)
  const one = await timed(flood)
  const encoded = await timed(urlencoded)
  const during = await Promise.all([timed(flood), timed(flood), timed(() => pageLatencies(server.baseUrl, 20))])
  console.table([
    { measure: `one flood (${(body.length / 1e6).toFixed(1)} MB, ${parts} parts)`, ms: one.ms, status: one.value.status },
    { measure: `url-encoded (${(form.length / 1e6).toFixed(1)} MB, ${fields.size} fields)`, ms: encoded.ms, status: encoded.value.status },
    { measure: 'two multipart floods at once', ms: Math.max(during[0].ms, during[1].ms), status: `${during[0].value.status}, ${during[1].value.status}` },
    { measure: 'procedure page alone: median / max', ms: `${alone.median} / ${alone.max}` },
    { measure: 'procedure page during two multipart floods: median / max', ms: `${during[2].value.median} / ${during[2].value.max}` },
  ])
  console.log('answer:', one.value.text)
} finally {
  await server.stop('SIGTERM')
  rmSync(dataDir, { recursive: true, force: true })
}
