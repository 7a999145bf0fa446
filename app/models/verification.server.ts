// The public check of an issued document: by its code (printed and in its QR code) or by its bytes. A file is
// the original only if its SHA-256 equals the issued file's: one changed byte and it does not match.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { maskName } from '../domain/identity/national-id.ts'
import { sha256 } from '../storage.server.ts'
import { findIssued, findIssuedBySha, type FoundIssued } from './issued-documents.server.ts'

/** What anyone holding the code may see: what, who issued it, when, its state; the holder's name masked. */
export function publicView(found: FoundIssued) {
  return {
    code: found.code,
    kind: found.kind,
    formCode: found.formCode,
    title: found.title,
    agency: found.agency.name,
    issuedAt: found.issuedAt,
    issuedBy: found.issuedBy?.fullName ?? null,
    dossierCode: found.dossier?.code ?? null,
    procedure: found.dossier?.procedure.name ?? null,
    holder: found.dossier?.applicantName ? maskName(found.dossier.applicantName) : null,
    sha256: found.sha256,
    signer: found.signer,
    testCertificate: found.testCertificate,
    status: found.status as 'VALID' | 'SUPERSEDED' | 'REVOKED',
    supersededAt: found.supersededAt,
    supersededByCode: found.supersededByCode,
    revokedAt: found.revokedAt,
    revokedReason: found.revokedReason,
  }
}

export async function verifyCode(prisma: PrismaClient, code: string) {
  const found = await findIssued(prisma, code)
  return found ? { found, view: publicView(found) } : null
}

/** Whether these bytes are exactly the issued document. */
export function matches(found: { sha256: string }, bytes: Uint8Array) {
  return sha256(bytes) === found.sha256
}

/** The code of the issued document these bytes are, if any. */
export async function codeOfFile(prisma: PrismaClient, bytes: Uint8Array) {
  return (await findIssuedBySha(prisma, sha256(bytes)))?.code ?? null
}
