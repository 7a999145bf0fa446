// Uploaded files: checked by content, stored through the storage interface, kept in the person's document
// store so they can be reused in later dossiers. One path for every upload: `checkUploads` judges what was
// posted, `storeFiles` keeps it together with the change it belongs to, or not at all.
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import { safeFileName, sniffType, uploadProblem } from '../domain/files/sniff.ts'
import { logger } from '../logger.server.ts'
import { fileStorage, newStorageKey, sha256, StorageUnavailableError } from '../storage.server.ts'
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
          data: {
            storageKey: keys[i]!,
            fileName: upload.fileName,
            contentType: upload.contentType,
            size: upload.bytes.length,
            sha256: upload.sha256,
            ownerId: upload.ownerId === undefined ? ownerId : upload.ownerId,
          },
          select: { id: true },
        })
        ids.push(file.id)
      }
      return write(tx, ids)
    })
  } catch (error) {
    await Promise.all(
      keys.map((key) =>
        fileStorage()
          .remove(key)
          .catch(() => undefined),
      ),
    )
    // A full or read-only disk (or an unreachable bucket) is told to the person; /health reports it too.
    if (error instanceof StorageUnavailableError) logger.error({ err: error }, 'upload refused: file storage unavailable')
    throw error
  }
}

/** The message for a person whose files could not be kept, or null when the failure is something else. */
export function storageProblem(error: unknown): string | null {
  return error instanceof StorageUnavailableError ? 'errors.upload.storageUnavailable' : null
}

/** One file kept in the owner's store on its own (a draft's document, a signed consent form). */
export async function storeUpload(prisma: PrismaClient, ownerId: string, bytes: Uint8Array, name: string, alreadyInDossier = 0): Promise<{ ok: true; fileId: string } | { ok: false; error: string }> {
  const checked = checkUpload(bytes, name, alreadyInDossier)
  if (!checked.ok) return checked
  try {
    return { ok: true, fileId: await storeFiles(prisma, ownerId, [checked.upload], async (_tx, [id]) => id!) }
  } catch (error) {
    const problem = storageProblem(error)
    if (problem) return { ok: false, error: problem }
    throw error
  }
}

/** Results issued to a person on dossiers returned to them: originals they may reuse without uploading again. */
function issuedTo(prisma: PrismaClient, personId: string) {
  return prisma.issuedDocument.findMany({
    where: { kind: 'RESULT', status: 'VALID', dossier: { applicantId: personId, status: 'RESULT_RETURNED' } },
    orderBy: { issuedAt: 'desc' },
    take: 100,
    select: { code: true, title: true, sha256: true, issuedAt: true, dossierId: true, agency: { select: { name: true } }, file: { select: { id: true, fileName: true, size: true } } },
  })
}

export interface StoredDocument {
  id: string
  fileName: string
  size: number
  sha256: string
  createdAt: Date
  /** Set for an original an agency issued (a result returned to the person). */
  issued: { code: string; title: string; agency: string } | null
}

/**
 * The person's document store (kho dữ liệu), newest first, one entry per content: results agencies issued to
 * them, then files they uploaded before (the same scan uploaded twice shows once).
 */
export async function personalDocuments(prisma: PrismaClient, ownerId: string): Promise<StoredDocument[]> {
  const [originals, files] = await Promise.all([
    issuedTo(prisma, ownerId),
    prisma.storedFile.findMany({
      where: { ownerId },
      orderBy: { createdAt: 'desc' },
      select: { id: true, fileName: true, size: true, sha256: true, createdAt: true, issued: { select: { code: true, title: true, agency: { select: { name: true } } } } },
      take: 100,
    }),
  ])
  const entries: StoredDocument[] = [
    ...originals.map((o) => ({ ...o.file, sha256: o.sha256, createdAt: o.issuedAt, issued: { code: o.code, title: o.title, agency: o.agency.name } })),
    ...files.map(({ issued, ...file }) => ({ ...file, issued: issued && { code: issued.code, title: issued.title, agency: issued.agency.name } })),
  ]
  const seen = new Set<string>()
  return entries.filter((entry) => !seen.has(entry.sha256) && seen.add(entry.sha256))
}

/** Puts one of the person's stored documents (an upload or an issued result) in a draft's slot. */
export async function attachToDraft(prisma: PrismaClient, dossierId: string, ownerId: string, requiredDocumentId: string, fileId: string) {
  const own = await prisma.storedFile.findFirst({ where: { id: fileId, ownerId }, select: { id: true } })
  const issued = own ? null : (await issuedTo(prisma, ownerId)).find((o) => o.file.id === fileId)
  if (!own && !issued) return false
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
