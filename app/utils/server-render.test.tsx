// The server renderer's bytes are exactly the page's UTF-8: React 18.3.1 sent its whole 2 KB buffer when a
// multi-byte character did not fit at its end (react#31134), padding the page with NUL bytes. Fixed by
// patches/react-dom+18.3.1.patch, reapplied by `npm install` (postinstall).
import { PassThrough } from 'node:stream'
import { renderToPipeableStream, renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

function streamed(element: React.ReactElement): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    const sink = new PassThrough()
    sink.on('data', (chunk: Buffer) => chunks.push(chunk))
    sink.on('end', () => resolve(Buffer.concat(chunks)))
    const { pipe } = renderToPipeableStream(element, { onAllReady: () => pipe(sink), onError: reject })
  })
}

const communes = Array.from({ length: 600 }, (_, i) => `Phường Long Xuyên số ${i + 1} – Ủy ban nhân dân xã Định Thành`)

describe('server rendering', () => {
  it('writes a 600-option Vietnamese list without a NUL byte, byte for byte as the text', async () => {
    const page = (
      <select name="xa" aria-label="Xã, phường">
        {communes.map((name, i) => (
          <option key={name} value={`ĐT-${i}`} data-label={name}>
            {name}
          </option>
        ))}
      </select>
    )
    const bytes = await streamed(page)
    expect(bytes.length).toBeGreaterThan(20 * 2048)
    expect(bytes.indexOf(0)).toBe(-1)
    expect(bytes.toString('utf8')).toBe(renderToString(page))
  })
})
