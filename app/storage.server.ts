// Where uploaded and generated files live. Local disk under DATA_DIR/files by default; the interface is
// what an S3-compatible store would implement for several stateless processes.
import { createHash, randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface FileStorage {
  put(key: string, data: Uint8Array): Promise<void>
  get(key: string): Promise<Buffer>
  remove(key: string): Promise<void>
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
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, data)
  }

  get(key: string) {
    return readFile(this.resolve(key))
  }

  async remove(key: string) {
    await rm(this.resolve(key), { force: true })
  }
}

let storage: FileStorage | undefined

export function fileStorage(): FileStorage {
  storage ??= new LocalDiskStorage(path.resolve(process.env.DATA_DIR ?? 'data', 'files'))
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
