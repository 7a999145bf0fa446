// File storage: the S3 implementation against a real S3-protocol server started here, and the local disk
// telling a read-only directory apart instead of failing an upload with a bare 500.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loader as health } from '~/routes/health.ts'
import { LocalDiskStorage, newStorageKey, storageFromEnv, StorageUnavailableError, useFileStorage } from '~/storage.server.ts'
import { startS3 } from '../support/s3-server.ts'
import { useTestDatabase } from './database.ts'

useTestDatabase()

describe('S3 storage', () => {
  let s3: Awaited<ReturnType<typeof startS3>>
  beforeAll(async () => {
    s3 = await startS3()
  })
  afterAll(async () => s3?.stop())

  it('stores, reads back byte for byte and removes a file', async () => {
    const storage = storageFromEnv({ ...s3.env, S3_PREFIX: 'files/' })
    expect(await storage.problem()).toBeNull()
    const key = newStorageKey()
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 7) % 256)
    await storage.put(key, bytes)
    expect(Buffer.compare(await storage.get(key), Buffer.from(bytes))).toBe(0)
    await storage.remove(key)
    await expect(storage.get(key)).rejects.toThrow()
  })

  it('reports an unreachable bucket, and /health says degraded', async () => {
    const storage = storageFromEnv({ ...s3.env, S3_ENDPOINT: 'http://127.0.0.1:9' })
    expect(await storage.problem()).toBe('unreachable')
    await expect(storage.put(newStorageKey(), new Uint8Array([1]))).rejects.toBeInstanceOf(StorageUnavailableError)
    useFileStorage(storage)
    const answer = await health()
    expect(answer.status).toBe(200)
    expect(await answer.json()).toMatchObject({ status: 'degraded', storage: 'unreachable' })
  })
})

describe.skipIf(process.getuid?.() === 0)('local disk storage', () => {
  it('names a read-only directory instead of failing with an unexplained error', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'portal-ro-'))
    const storage = new LocalDiskStorage(root)
    expect(await storage.problem()).toBeNull()
    chmodSync(root, 0o500)
    try {
      expect(await storage.problem()).toBe('readOnly')
      await expect(storage.put(newStorageKey(), new Uint8Array([1]))).rejects.toMatchObject({ problem: 'readOnly' })
    } finally {
      chmodSync(root, 0o700)
      rmSync(root, { recursive: true, force: true })
    }
  })
})
