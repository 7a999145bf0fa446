// Uploaded files: checked by content, stored through the storage interface, kept in the person's document
// store so they can be reused in later dossiers.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { safeFileName, sniffType, uploadProblem, type UploadProblem } from '../domain/files/sniff.ts'
import { logger } from '../logger.server.ts'
import { fileStorage, newStorageKey, sha256, StorageUnavailableError } from '../storage.server.ts'

export async function storeUpload(
  prisma: PrismaClient,
  ownerId: string,
  bytes: Uint8Array,
  name: string,
  alreadyInDossier = 0,
): Promise<{ ok: true; fileId: string } | { ok: false; problem: UploadProblem | 'storageUnavailable' }> {
  const problem = uploadProblem(bytes, alreadyInDossier)
  if (problem) return { ok: false, problem }
  const type = sniffType(bytes)!
  const storageKey = newStorageKey()
  try {
    await fileStorage().put(storageKey, bytes)
  } catch (error) {
    // A full or read-only disk (or an unreachable bucket) is told to the person; /health reports it too.
    if (!(error instanceof StorageUnavailableError)) throw error
    logger.error({ err: error }, 'upload refused: file storage unavailable')
    return { ok: false, problem: 'storageUnavailable' }
  }
  const file = await prisma.storedFile.create({
    data: { storageKey, fileName: safeFileName(name, type), contentType: type, size: bytes.length, sha256: sha256(bytes), ownerId },
    select: { id: true },
  })
  return { ok: true, fileId: file.id }
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
