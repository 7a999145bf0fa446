// Where uploaded and generated files live: local disk under DATA_DIR/files by default, or an S3-compatible
// bucket (S3_BUCKET set) so several stateless processes share them.
import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, statfs, unlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { S3Client } from '@aws-sdk/client-s3'
import { unwritableCode } from './db/fs-errors.ts'

export interface FileStorage {
  put(key: string, data: Uint8Array): Promise<void>
  get(key: string): Promise<Buffer>
  remove(key: string): Promise<void>
  /** null when files can be written, else why not ('readOnly', 'full', 'unreachable'). */
  problem(): Promise<StorageProblem | null>
}

export type StorageProblem = 'readOnly' | 'full' | 'unreachable'

/** A write the storage refused (read-only or full disk, bucket unreachable): the person is told, not a 500. */
export class StorageUnavailableError extends Error {
  constructor(
    readonly problem: StorageProblem,
    cause: unknown,
  ) {
    super(`File storage unavailable (${problem}): ${(cause as Error).message}`, { cause })
  }
}

/** Below this much free space uploads are refused before they fail half-way: one dossier's files and more. */
const MIN_FREE_BYTES = 200 * 1024 * 1024

function localProblem(error: unknown): StorageProblem | null {
  const code = unwritableCode(error)
  return code === 'ENOSPC' || code === 'EDQUOT' ? 'full' : code ? 'readOnly' : null
}

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private resolve(key: string) {
    // Keys are made by newStorageKey; refuse anything that could climb out of the root.
    if (!/^[a-z0-9/-]+$/.test(key) || key.includes('..')) throw new Error(`Invalid storage key: ${key}`)
    return path.join(this.root, key)
  }

  async put(key: string, data: Uint8Array) {
    const file = this.resolve(key)
    try {
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, data)
    } catch (error) {
      const problem = localProblem(error)
      if (problem) throw new StorageUnavailableError(problem, error)
      throw error
    }
  }

  get(key: string) {
    return readFile(this.resolve(key))
  }

  async remove(key: string) {
    await rm(this.resolve(key), { force: true })
  }

  /** Writes and deletes a probe file, then checks the free space. */
  async problem(): Promise<StorageProblem | null> {
    const probe = path.join(this.root, `.probe-${process.pid}`)
    try {
      await mkdir(this.root, { recursive: true })
      await writeFile(probe, 'ok')
      await unlink(probe)
      const { bavail, bsize } = await statfs(this.root)
      return bavail * bsize < MIN_FREE_BYTES ? 'full' : null
    } catch (error) {
      return localProblem(error) ?? 'readOnly'
    }
  }
}

export interface S3Settings {
  bucket: string
  prefix?: string
  endpoint?: string
  region?: string
  accessKeyId?: string
  secretAccessKey?: string
  forcePathStyle?: boolean
}

/** Files as objects `<prefix><key>` of one bucket, through @aws-sdk/client-s3 (AWS, MinIO, Ceph, Viettel S3…). */
export class S3Storage implements FileStorage {
  private client: Promise<S3Client>

  constructor(private readonly settings: S3Settings) {
    this.client = import('@aws-sdk/client-s3').then(
      ({ S3Client }) =>
        new S3Client({
          region: settings.region ?? 'us-east-1',
          endpoint: settings.endpoint,
          forcePathStyle: settings.forcePathStyle,
          credentials: settings.accessKeyId ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey ?? '' } : undefined,
          // With the SDK's default checksums some S3-compatible servers store a streamed body with its chunk framing.
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        }),
    )
  }

  private key(key: string) {
    return `${this.settings.prefix ?? ''}${key}`
  }

  async put(key: string, data: Uint8Array) {
    const { PutObjectCommand } = await import('@aws-sdk/client-s3')
    try {
      await (await this.client).send(new PutObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key), Body: data, ContentLength: data.length }))
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
      if (status === undefined || status >= 500) throw new StorageUnavailableError('unreachable', error)
      throw error
    }
  }

  async get(key: string) {
    const { GetObjectCommand } = await import('@aws-sdk/client-s3')
    const object = await (await this.client).send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }))
    return Buffer.from(await object.Body!.transformToByteArray())
  }

  async remove(key: string) {
    const { DeleteObjectCommand } = await import('@aws-sdk/client-s3')
    await (await this.client).send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.key(key) }))
  }

  async problem(): Promise<StorageProblem | null> {
    const { HeadBucketCommand } = await import('@aws-sdk/client-s3')
    try {
      await (await this.client).send(new HeadBucketCommand({ Bucket: this.settings.bucket }))
      return null
    } catch {
      return 'unreachable'
    }
  }
}

/** S3 when S3_BUCKET is set, else the local disk under DATA_DIR/files. */
export function storageFromEnv(env: Record<string, string | undefined> = process.env): FileStorage {
  if (!env.S3_BUCKET) return new LocalDiskStorage(path.resolve(env.DATA_DIR ?? 'data', 'files'))
  return new S3Storage({
    bucket: env.S3_BUCKET,
    prefix: env.S3_PREFIX,
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === '1',
  })
}

let storage: FileStorage | undefined

export function fileStorage(): FileStorage {
  storage ??= storageFromEnv()
  return storage
}

export function useFileStorage(custom: FileStorage) {
  storage = custom
}

/** yyyy/mm/uuid: spreads files over folders and never reuses a name. */
export function newStorageKey(now = new Date()) {
  const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`
  return `${month}/${randomUUID()}`
}

export function sha256(data: Uint8Array) {
  return createHash('sha256').update(data).digest('hex')
}
