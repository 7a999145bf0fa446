// Uploaded files: checked by content, stored through the storage interface, kept in the person's document
// store so they can be reused in later dossiers. One path for every upload: `checkUploads` judges what was
// posted, `storeFiles` keeps it together with the change it belongs to, or not at all.
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import { safeFileName, sniffType, uploadProblem } from '../domain/files/sniff.ts'
import { fileStorage, newStorageKey, sha256 } from '../storage.server.ts'
import { TOO_LARGE, uploadsIn } from '../utils/multipart.server.ts'

export interface CheckedUpload {
  bytes: Uint8Array
  fileName: string
  contentType: string
  sha256: string
  /** Whose store the file goes into when not the uploader's: null for a document an agency issued. */
  ownerId?: string | null
}

export type UploadCheck = { ok: true; uploads: CheckedUpload[] } | { ok: false; error: string }

/** Judges one file; `alreadyInDossier` bytes count against the dossier's limit. */
export function checkUpload(bytes: Uint8Array, name: string, alreadyInDossier = 0): { ok: true; upload: CheckedUpload } | { ok: false; error: string } {
  const problem = uploadProblem(bytes, alreadyInDossier)
  if (problem) return { ok: false, error: `errors.upload.${problem}` }
  const type = sniffType(bytes)!
  return { ok: true, upload: { bytes, fileName: safeFileName(name, type), contentType: type, sha256: sha256(bytes) } }
}

/** The files posted in one field (none chosen = none), each judged, all together within the dossier's limit. */
export async function checkUploads(formData: FormData, field: string, alreadyInDossier = 0): Promise<UploadCheck> {
  const uploads: CheckedUpload[] = []
  let used = alreadyInDossier
  for (const upload of await uploadsIn(formData, field)) {
    if (upload === TOO_LARGE) return { ok: false, error: 'errors.upload.tooLarge' }
    if (upload.bytes.length === 0 && !upload.name) continue
    const checked = checkUpload(upload.bytes, upload.name, used)
    if (!checked.ok) return checked
    uploads.push(checked.upload)
    used += upload.bytes.length
  }
  return { ok: true, uploads }
}

/**
 * Stores checked files with the change they belong to: the bytes go to storage first, then the file rows and
 * whatever `write` does commit in one transaction. If the transaction fails, the bytes are removed again, so a
 * refused action leaves no file behind.
 */
export async function storeFiles<T>(
  prisma: PrismaClient,
  ownerId: string | null,
  uploads: readonly CheckedUpload[],
  write: (tx: Prisma.TransactionClient, fileIds: string[]) => Promise<T>,
): Promise<T> {
  const keys: string[] = []
  try {
    for (const upload of uploads) {
      const key = newStorageKey()
      await fileStorage().put(key, upload.bytes)
      keys.push(key)
    }
    return await prisma.$transaction(async (tx) => {
      const ids: string[] = []
      for (const [i, upload] of uploads.entries()) {
        const file = await tx.storedFile.create({
          data: { storageKey: keys[i]!, fileName: upload.fileName, contentType: upload.contentType, size: upload.bytes.length, sha256: upload.sha256, ownerId: upload.ownerId === undefined ? ownerId : upload.ownerId },
          select: { id: true },
        })
        ids.push(file.id)
      }
      return write(tx, ids)
    })
  } catch (error) {
    await Promise.all(keys.map((key) => fileStorage().remove(key).catch(() => undefined)))
    throw error
  }
}

/** One file kept in the owner's store on its own (a draft's document, a signed consent form). */
export async function storeUpload(
  prisma: PrismaClient,
  ownerId: string,
  bytes: Uint8Array,
  name: string,
  alreadyInDossier = 0,
): Promise<{ ok: true; fileId: string } | { ok: false; error: string }> {
  const checked = checkUpload(bytes, name, alreadyInDossier)
  if (!checked.ok) return checked
  const fileId = await storeFiles(prisma, ownerId, [checked.upload], async (_tx, [id]) => id!)
  return { ok: true, fileId }
}

/** Files a person uploaded before, newest first, one per content (the same scan uploaded twice shows once). */
export async function personalDocuments(prisma: PrismaClient, ownerId: string) {
  const files = await prisma.storedFile.findMany({
    where: { ownerId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, fileName: true, size: true, sha256: true, createdAt: true },
    take: 100,
  })
  const seen = new Set<string>()
  return files.filter((file) => !seen.has(file.sha256) && seen.add(file.sha256))
}

/** Puts one of the owner's files in a draft's slot, replacing what the slot had. */
export async function attachToDraft(prisma: PrismaClient, dossierId: string, ownerId: string, requiredDocumentId: string, fileId: string) {
  const file = await prisma.storedFile.findFirst({ where: { id: fileId, ownerId }, select: { id: true } })
  if (!file) return false
  await prisma.$transaction([
    prisma.dossierDocument.deleteMany({ where: { dossierId, requiredDocumentId, purpose: 'APPLICATION' } }),
    prisma.dossierDocument.create({ data: { dossierId, requiredDocumentId, fileId, purpose: 'APPLICATION' } }),
  ])
  return true
}

export async function detachFromDraft(prisma: PrismaClient, dossierId: string, documentId: string) {
  await prisma.dossierDocument.deleteMany({ where: { id: documentId, dossierId, purpose: 'APPLICATION' } })
}

export async function dossierBytes(prisma: PrismaClient, dossierId: string) {
  const documents = await prisma.dossierDocument.findMany({ where: { dossierId }, select: { file: { select: { size: true } } } })
  return documents.reduce((sum, d) => sum + d.file.size, 0)
}
