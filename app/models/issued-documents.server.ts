// Documents an agency issues (receipt, forms 01–07, the signed result, e-receipts): each one made once per
// content, sealed (QR code, short code, the agency's signature), stored, and recorded so that /xac-thuc/<code>
// can say what it is, who issued it and when, and whether a copy matches. Newer content for the same subject
// supersedes the older document; an agency may revoke one. ADR 017.
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import { asSignablePdf, sealPdf, type Seal } from '../documents/seal.server.ts'
import { signerFor } from '../documents/certificates.server.ts'
import { newVerificationCode, normaliseVerificationCode } from '../domain/documents/verification-code.ts'
import { formatDateTime } from '../domain/format.ts'
import { serverI18n } from '../i18n/i18n.server.ts'
import { fileStorage, sha256 } from '../storage.server.ts'
import { storeFiles, type CheckedUpload } from './files.server.ts'

export type IssuedKind = 'RECEIPT' | 'FORM' | 'RESULT' | 'E_RECEIPT'

/** Official documents are issued in Vietnamese, whatever language the person reading the portal chose. */
export async function officialTranslator() {
  return (await serverI18n('vi')).t
}

/** The public address a document's QR code leads to. */
export function verificationUrl(code: string) {
  const base = process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`
  return `${base.replace(/\/$/, '')}/xac-thuc/${code}`
}

interface IssuingAgency {
  id: string
  code: string
  name: string
  unit: { name: string }
}

export interface IssueSpec {
  kind: IssuedKind
  formCode?: string
  title: string
  /** What it is about: issuing different content for the same subject supersedes what was issued before. */
  subject: string
  /** What the document says, without its code: the same content is served again rather than issued anew. */
  content: unknown
  agency: IssuingAgency
  dossierId?: string | null
  issuedById?: string | null
  fileName: string
  /** The document as a PDF, before it is sealed. */
  render: () => Promise<Uint8Array>
  source?: Seal['source']
  reason: string
}

export interface Issued {
  code: string
  fileId: string
  sha256: string
  fileName: string
  status: string
}

const issuedSelect = { code: true, fileId: true, sha256: true, status: true, file: { select: { fileName: true } } } as const
const toIssued = (row: { code: string; fileId: string; sha256: string; status: string; file: { fileName: string } }): Issued => ({
  code: row.code,
  fileId: row.fileId,
  sha256: row.sha256,
  status: row.status,
  fileName: row.file.fileName,
})

class AlreadyIssued extends Error {
  constructor(readonly issued: Issued) {
    super('already issued')
  }
}

/** Seals what a spec renders, with its code on every page and the agency's signature. */
async function seal(spec: Pick<IssueSpec, 'agency' | 'reason' | 'source'>, code: string, pdf: Uint8Array, at: Date) {
  const t = await officialTranslator()
  const signer = await signerFor(spec.agency)
  const url = verificationUrl(code)
  const sealed = await sealPdf(pdf, {
    url,
    signer,
    signedAt: at,
    source: spec.source,
    lines: [
      t('documents.stamp.code', { code, url }),
      t('documents.stamp.signed', { agency: spec.agency.name, at: formatDateTime(at) }) + (signer.test ? t('documents.stamp.test') : ''),
      t('documents.stamp.page'),
    ],
    signature: { name: spec.agency.name, reason: spec.reason, location: spec.agency.unit.name },
  })
  return { sealed, signer }
}

/**
 * The issued document for this content: the one already issued, or a new one (sealed, stored and recorded in
 * one transaction, superseding earlier content for the same subject). Safe to call on every request.
 */
export async function issueDocument(prisma: PrismaClient, spec: IssueSpec): Promise<Issued> {
  const contentHash = sha256(new TextEncoder().encode(JSON.stringify(spec.content)))
  const existing = await prisma.issuedDocument.findFirst({ where: { subject: spec.subject, contentHash, status: 'VALID' }, select: issuedSelect })
  if (existing) return toIssued(existing)
  const code = newVerificationCode()
  const at = new Date()
  const { sealed, signer } = await seal(spec, code, await spec.render(), at)
  const upload: CheckedUpload = { bytes: sealed, fileName: spec.fileName, contentType: 'application/pdf', sha256: sha256(sealed), ownerId: null }
  try {
    return await storeFiles(prisma, null, [upload], async (tx, [fileId]) => {
      // One issuer at a time per subject: a second request for the same content gets the first one's document.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${spec.subject}))`
      const raced = await tx.issuedDocument.findFirst({ where: { subject: spec.subject, contentHash, status: 'VALID' }, select: issuedSelect })
      if (raced) throw new AlreadyIssued(toIssued(raced))
      await tx.issuedDocument.updateMany({ where: { subject: spec.subject, status: 'VALID' }, data: { status: 'SUPERSEDED', supersededAt: at, supersededByCode: code } })
      const row = await tx.issuedDocument.create({
        data: {
          code,
          kind: spec.kind,
          formCode: spec.formCode,
          title: spec.title,
          subject: spec.subject,
          contentHash,
          agencyId: spec.agency.id,
          dossierId: spec.dossierId ?? null,
          fileId: fileId!,
          sha256: upload.sha256,
          sourceSha256: spec.source ? sha256(spec.source.bytes) : null,
          signer: signer.subject,
          testCertificate: signer.test,
          issuedAt: at,
          issuedById: spec.issuedById ?? null,
        },
        select: issuedSelect,
      })
      return toIssued(row)
    })
  } catch (error) {
    if (error instanceof AlreadyIssued) return error.issued
    throw error
  }
}

/** The bytes of an issued document, for a download. */
export async function issuedBytes(prisma: PrismaClient, issued: Issued) {
  const file = await prisma.storedFile.findUniqueOrThrow({ where: { id: issued.fileId }, select: { storageKey: true } })
  return fileStorage().get(file.storageKey)
}

export interface PreparedResult {
  /** The signed result, stored with the approval. */
  upload: CheckedUpload
  /** Records the issued document once the file row exists (inside the approval's transaction). */
  record: (tx: Prisma.TransactionClient, fileId: string) => Promise<void>
  /** What the approval's timeline event adds: the signed result's hash and code. */
  eventData: { sha256: string; verificationCode: string }
}

/**
 * The result of an approval: the approved draft sealed with the agency's signature and verification code, the
 * draft itself attached unchanged. A scan (image) or a PDF that cannot be read is first wrapped into a PDF that
 * can carry a signature (ADR 017). Made before the approval's transaction; nothing is stored here.
 */
export async function prepareResult(prisma: PrismaClient, dossierId: string, draftFileId: string, approverId: string | null, at: Date): Promise<PreparedResult> {
  const dossier = await prisma.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: { code: true, procedure: { select: { name: true } }, agency: { select: { id: true, code: true, name: true, unit: { select: { name: true } } } } },
  })
  const draft = await prisma.storedFile.findUniqueOrThrow({ where: { id: draftFileId }, select: { storageKey: true, fileName: true, contentType: true, sha256: true } })
  const bytes = new Uint8Array(await fileStorage().get(draft.storageKey))
  const t = await officialTranslator()
  const title = t('documents.result.title', { procedure: dossier.procedure.name })
  const code = newVerificationCode()
  const spec = {
    agency: dossier.agency,
    reason: t('documents.result.reason', { code: dossier.code }),
    source: { bytes, fileName: draft.fileName, contentType: draft.contentType, description: t('documents.result.source', { sha256: draft.sha256 }) },
  }
  const pdf = await asSignablePdf(bytes, draft.contentType, { title, text: t('documents.result.cover', { fileName: draft.fileName }) })
  const { sealed, signer } = await seal(spec, code, pdf, at)
  const upload: CheckedUpload = { bytes: sealed, fileName: `ket-qua-${dossier.code}.pdf`, contentType: 'application/pdf', sha256: sha256(sealed), ownerId: null }
  return {
    upload,
    eventData: { sha256: upload.sha256, verificationCode: code },
    record: async (tx, fileId) => {
      await tx.issuedDocument.create({
        data: {
          code,
          kind: 'RESULT',
          title,
          subject: `dossier/${dossierId}/result`,
          contentHash: draft.sha256,
          agencyId: dossier.agency.id,
          dossierId,
          fileId,
          sha256: upload.sha256,
          sourceSha256: draft.sha256,
          signer: signer.subject,
          testCertificate: signer.test,
          issuedAt: at,
          issuedById: approverId,
        },
      })
    },
  }
}

/** What the verification page shows of a document, found by its code. */
export async function findIssued(prisma: PrismaClient, typed: string) {
  const code = normaliseVerificationCode(typed)
  if (!code) return null
  return prisma.issuedDocument.findUnique({
    where: { code },
    select: {
      code: true,
      kind: true,
      formCode: true,
      title: true,
      sha256: true,
      sourceSha256: true,
      signer: true,
      testCertificate: true,
      issuedAt: true,
      status: true,
      supersededAt: true,
      supersededByCode: true,
      revokedAt: true,
      revokedReason: true,
      agencyId: true,
      agency: { select: { name: true } },
      dossier: { select: { code: true, applicantName: true, procedure: { select: { name: true } } } },
      issuedBy: { select: { fullName: true } },
    },
  })
}
export type FoundIssued = NonNullable<Awaited<ReturnType<typeof findIssued>>>

/** The issued document whose bytes are exactly these, if any. */
export function findIssuedBySha(prisma: PrismaClient, hash: string) {
  return prisma.issuedDocument.findFirst({ where: { sha256: hash }, orderBy: { issuedAt: 'desc' }, select: { code: true } })
}

/** Issued documents among these file hashes: what staff see as an issued original rather than a scan. */
export async function issuedOriginals(prisma: PrismaClient, hashes: string[]) {
  if (hashes.length === 0) return new Map<string, { code: string; title: string; agency: string; status: string }>()
  const rows = await prisma.issuedDocument.findMany({ where: { sha256: { in: hashes } }, select: { sha256: true, code: true, title: true, status: true, agency: { select: { name: true } } } })
  return new Map(rows.map((r) => [r.sha256, { code: r.code, title: r.title, agency: r.agency.name, status: r.status }]))
}

/** Withdraws a document: the verification page then says it is revoked, with the reason. */
export async function revokeIssued(prisma: PrismaClient, code: string, agencyId: string, reason: string) {
  const revoked = await prisma.issuedDocument.updateMany({ where: { code, agencyId, status: { not: 'REVOKED' } }, data: { status: 'REVOKED', revokedAt: new Date(), revokedReason: reason } })
  return revoked.count > 0
}
