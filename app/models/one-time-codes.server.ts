// One-time codes and link tokens in the OneTimeCode table: only a hash is stored, a code serves once, and the
// rules of domain/identity/one-time-code.ts decide how long and for how many wrong tries. Every update that
// spends a try or uses a code is conditional, so two requests at once cannot use a code twice or try a sixth time.
import { createHash, randomBytes, randomInt } from 'node:crypto'
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import { codeState, expiryOf, MAX_WRONG_TRIES, type CodePurpose } from '../domain/identity/one-time-code.ts'

const digest = (value: string) => createHash('sha256').update(value).digest('hex')

interface Issue {
  userId?: string | null
  sentTo?: string | null
  payload?: Prisma.InputJsonValue
}

async function store(prisma: PrismaClient, purpose: CodePurpose, subject: string, codeHash: string, issue: Issue) {
  const now = new Date()
  const data = { codeHash, attempts: 0, usedAt: null, expiresAt: expiryOf(purpose, now), createdAt: now, userId: issue.userId ?? null, sentTo: issue.sentTo ?? null, payload: issue.payload }
  await prisma.oneTimeCode.upsert({ where: { purpose_subject: { purpose, subject } }, create: { purpose, subject, ...data }, update: data })
}

/** A new six-digit code for (purpose, subject), replacing any earlier one; returns it to be sent. */
export async function issueCode(prisma: PrismaClient, purpose: CodePurpose, subject: string, issue: Issue = {}): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  await store(prisma, purpose, subject, digest(`${subject}:${code}`), issue)
  return code
}

/** A new link token for (purpose, subject), replacing any earlier one; returns it to be put in the link. */
export async function issueLinkToken(prisma: PrismaClient, purpose: CodePurpose, subject: string, issue: Issue = {}): Promise<string> {
  const token = randomBytes(32).toString('base64url')
  await store(prisma, purpose, subject, digest(token), issue)
  return token
}

export type CodeRefusal = 'missing' | 'wrong' | 'expired' | 'exhausted' | 'used'
type Used = Awaited<ReturnType<PrismaClient['oneTimeCode']['findUniqueOrThrow']>>
export type CodeCheck = { ok: true; row: Used } | { ok: false; reason: CodeRefusal }

const liveWhere = (now: Date) => ({ usedAt: null, attempts: { lt: MAX_WRONG_TRIES }, expiresAt: { gt: now } })

/** Checks a typed code: the right one is used up; a wrong one spends one of the five tries. */
export async function useCode(prisma: PrismaClient, purpose: CodePurpose, subject: string, code: string): Promise<CodeCheck> {
  const now = new Date()
  const row = await prisma.oneTimeCode.findUnique({ where: { purpose_subject: { purpose, subject } } })
  if (!row) return { ok: false, reason: 'missing' }
  const state = codeState(row, now)
  if (state !== 'live') return { ok: false, reason: state }
  if (row.codeHash === digest(`${subject}:${code}`)) {
    const used = await prisma.oneTimeCode.updateMany({ where: { id: row.id, ...liveWhere(now) }, data: { usedAt: now } })
    return used.count === 1 ? { ok: true, row: { ...row, usedAt: now } } : { ok: false, reason: 'used' }
  }
  await prisma.oneTimeCode.updateMany({ where: { id: row.id, ...liveWhere(now) }, data: { attempts: { increment: 1 } } })
  return { ok: false, reason: row.attempts + 1 >= MAX_WRONG_TRIES ? 'exhausted' : 'wrong' }
}

/** Follows a link token: valid once, within its life. */
export async function useLinkToken(prisma: PrismaClient, purpose: CodePurpose, token: string): Promise<CodeCheck> {
  const now = new Date()
  const row = await prisma.oneTimeCode.findFirst({ where: { purpose, codeHash: digest(token) } })
  if (!row) return { ok: false, reason: 'missing' }
  const state = codeState(row, now)
  if (state !== 'live') return { ok: false, reason: state }
  const used = await prisma.oneTimeCode.updateMany({ where: { id: row.id, ...liveWhere(now) }, data: { usedAt: now } })
  return used.count === 1 ? { ok: true, row: { ...row, usedAt: now } } : { ok: false, reason: 'used' }
}

/** Whose account a waiting code or link is for, without using it (to check a new password first). */
export async function ownerOf(prisma: PrismaClient, purpose: CodePurpose, by: { subject: string } | { token: string }): Promise<string | null> {
  const where = 'token' in by ? { purpose, codeHash: digest(by.token) } : { purpose, subject: by.subject }
  return (await prisma.oneTimeCode.findFirst({ where, select: { userId: true } }))?.userId ?? null
}

/** Whether a code for (purpose, subject) is waiting to be typed (the page then offers the field). */
export async function hasLiveCode(prisma: PrismaClient, purpose: CodePurpose, subject: string): Promise<boolean> {
  const row = await prisma.oneTimeCode.findUnique({ where: { purpose_subject: { purpose, subject } } })
  return row ? codeState(row, new Date()) === 'live' : false
}

/** Housekeeping: codes past their life are of no use to anyone. */
export async function deleteExpiredCodes(prisma: PrismaClient) {
  await prisma.oneTimeCode.deleteMany({ where: { expiresAt: { lt: new Date(Date.now() - 24 * 3_600_000) } } })
}
