// Built assets (fingerprinted JavaScript and CSS): compressed once at build time, brotli at its best level
// and gzip, then served as they are with a year's cache and only the headers a script or a style uses.
// Compressing on each request (gzip, default level, chunked) sent ~15 % more bytes to every first visit and
// spent the server's time on it; the page headers (CSP and the rest) mean nothing on a script.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import express, { type RequestHandler } from 'express'
import type { Plugin } from 'vite'

const COMPRESSIBLE = /\.(js|css|svg)$/
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const

/**
 * Vite plugin: writes `x.js.br` and `x.js.gz` next to every compressible browser asset in `assetsDir`. It runs
 * after the server build, the last of Remix's two, because Remix writes the browser manifest during that one.
 */
export function precompressAssets(assetsDir: string): Plugin {
  let serverBuild = false
  return {
    name: 'portal:precompress-assets',
    apply: 'build',
    configResolved(config) {
      serverBuild = Boolean(config.build.ssr)
    },
    closeBundle() {
      if (!serverBuild) return
      for (const name of readdirSync(assetsDir).filter((file) => COMPRESSIBLE.test(file))) {
        const source = readFileSync(path.join(assetsDir, name))
        const brotli = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: source.length }
        writeFileSync(path.join(assetsDir, `${name}.br`), brotliCompressSync(source, { params: brotli }))
        writeFileSync(path.join(assetsDir, `${name}.gz`), gzipSync(source, { level: 9 }))
      }
    },
  }
}

/** Serves `dir` (mounted at /assets): the smallest twin the browser accepts, cached for a year. */
export function builtAssets(dir: string): RequestHandler {
  const twins = new Set(existsSync(dir) ? readdirSync(dir) : [])
  const serve = express.static(dir, { immutable: true, maxAge: '1y', etag: false, lastModified: false, acceptRanges: false, index: false })
  return (req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.vary('Accept-Encoding')
    const name = req.path.slice(1)
    const encoding = ENCODINGS.find((e) => twins.has(name + e.suffix) && req.acceptsEncodings(e.name) === e.name)
    if (encoding) {
      // Typed by the original name; compression() leaves a response that already has an encoding alone.
      res.type(path.extname(name))
      res.setHeader('Content-Encoding', encoding.name)
      req.url = `/${name}${encoding.suffix}`
    }
    serve(req, res, next)
  }
}
