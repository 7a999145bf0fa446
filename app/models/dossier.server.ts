// Dossiers: drafts that survive, idempotent submission, and every state change as one transaction with its
// timeline event, guarded by the version the actor saw (a concurrent change yields a conflict, never a lost update).
import { Prisma, type PrismaClient } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { dossierCode, codeDay } from '../domain/dossier/code.ts'
import { check, TRANSITIONS, type Action, type Refusal } from '../domain/dossier/transitions.ts'
import type { DossierStatus } from '../domain/dossier/status.ts'
import { workingCalendar } from './calendar.server.ts'
import { notifyApplicant } from './dossier-notifications.server.ts'
import { recordEvent, recordEvents } from './dossier-events.server.ts'
import { refundIfPaid } from './payments.server.ts'

export class TransitionError extends Error {
  constructor(readonly refusal: Refusal | 'conflict' | 'incomplete' | 'notFound' | 'dateRequired' | 'unpaid') {
    super(refusal)
  }
}

type Tx = Prisma.TransactionClient

export interface DraftData {
  applicant?: { address?: string; agencyId?: string }
  answers?: Record<string, string>
}

export function draftData(formData: unknown): DraftData {
  return formData && typeof formData === 'object' ? (formData as DraftData) : {}
}

type DraftOwner = Pick<Prisma.DossierUncheckedCreateInput, 'channel' | 'applicantId' | 'supportPointId' | 'assistedPersonId' | 'filedById'>

/**
 * Resumes the draft this owner has for the procedure, or starts one (only for procedures filed online).
 * Safe to call twice: a second "Apply online" lands in the same draft.
 */
export async function resumeOrStartDraft(prisma: PrismaClient, procedureCode: string, owner: DraftOwner, actorId: string) {
  const procedure = await prisma.procedure.findFirst({
    where: { code: procedureCode, published: true, onlineLevel: { not: 'NONE' } },
    select: { id: true, onlineLevel: true, agencies: { select: { agencyId: true }, take: 1 } },
  })
  if (!procedure) return null
  const mine = owner.assistedPersonId ? { assistedPersonId: owner.assistedPersonId } : { applicantId: owner.applicantId }
  const existing = await prisma.dossier.findFirst({
    where: { ...mine, procedureId: procedure.id, status: 'DRAFT' },
    orderBy: { updatedAt: 'desc' },
    select: { id: true },
  })
  if (existing) return existing
  return prisma.dossier.create({
    data: {
      ...owner,
      procedureId: procedure.id,
      agencyId: procedure.agencies[0]!.agencyId,
      onlineLevel: procedure.onlineLevel,
      events: { create: { action: 'createDraft', actorId, toStatus: 'DRAFT', data: { channel: owner.channel } } },
    },
    select: { id: true },
  })
}

/** The citizen's own draft for a procedure. */
export function findOrCreateDraft(prisma: PrismaClient, user: SessionUser, procedureCode: string) {
  return resumeOrStartDraft(prisma, procedureCode, { channel: 'ONLINE', applicantId: user.id }, user.id)
}

/**
 * Whose dossiers a filer may see and edit: a citizen their own; support-point staff those their point filed
 * for the people it helped (never another point's). Anyone else none.
 */
export function filerScope(user: SessionUser): Prisma.DossierWhereInput {
  if (user.role === 'CITIZEN') return { applicantId: user.id }
  if (user.role === 'SUPPORT_STAFF' && user.supportPointId) return { supportPointId: user.supportPointId, assistedPersonId: { not: null } }
  return { id: '' }
}

/** A draft the user may fill in, with what the wizard needs. */
export function getDraft(prisma: PrismaClient, dossierId: string, user: SessionUser) {
  return prisma.dossier.findFirst({
    where: { id: dossierId, status: 'DRAFT', ...filerScope(user) },
    include: {
      procedure: {
        include: {
          documents: { orderBy: { position: 'asc' } },
          fees: { orderBy: { position: 'asc' } },
          agencies: { include: { agency: { select: { id: true, name: true } } }, orderBy: { agency: { name: 'asc' } } },
        },
      },
      documents: { where: { purpose: 'APPLICATION' }, include: { file: { select: { id: true, fileName: true, size: true, contentType: true } } } },
      agency: { select: { id: true, name: true } },
      assistedPerson: true,
    },
  })
}
export type Draft = NonNullable<Awaited<ReturnType<typeof getDraft>>>

/** Who the dossier is for: the person helped at a support point, or the logged-in citizen. */
export async function applicantProfile(prisma: PrismaClient, draft: Draft, user: SessionUser) {
  if (draft.assistedPerson) {
    const p = draft.assistedPerson
    return { fullName: p.fullName, nationalId: p.nationalId, phone: p.phone, email: null, address: null }
  }
  return prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { fullName: true, nationalId: true, phone: true, email: true, address: true } })
}

/** Merges a wizard step into the draft (nothing typed is lost between steps or devices). */
export async function saveDraft(prisma: PrismaClient, draft: Draft, patch: DraftData, agencyId?: string) {
  const current = draftData(draft.formData)
  const next: DraftData = {
    applicant: { ...current.applicant, ...patch.applicant },
    answers: { ...current.answers, ...patch.answers },
  }
  const allowedAgency = agencyId && draft.procedure.agencies.some((a) => a.agencyId === agencyId) ? agencyId : undefined
  await prisma.dossier.update({
    where: { id: draft.id },
    data: { formData: next as Prisma.InputJsonValue, ...(allowedAgency && { agencyId: allowedAgency }) },
  })
}

export function feeTotal(fees: { amount: number }[]) {
  return fees.reduce((sum, fee) => sum + fee.amount, 0)
}

/** Missing pieces that block submission: mandatory documents without a file. */
export function missingDocuments(draft: Draft) {
  const uploaded = new Set(draft.documents.map((d) => d.requiredDocumentId))
  return draft.procedure.documents.filter((d) => d.mandatory && !uploaded.has(d.id))
}

async function nextCounter(tx: Tx, agencyId: string, day: string): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "DossierCounter" ("agencyId", "day", "value") VALUES (${agencyId}, ${day}, 1)
    ON CONFLICT ("agencyId", "day") DO UPDATE SET "value" = "DossierCounter"."value" + 1
    RETURNING "value"`
  return Number(rows[0]!.value)
}

/**
 * Submits a complete draft: one code, the applicant's details frozen, the fee frozen, an expected appointment
 * date. Submitting again with the same key (double click, retry after a lost response) returns the same dossier.
 */
export async function submitDraft(prisma: PrismaClient, draft: Draft, user: SessionUser, submitKey: string) {
  const already = await prisma.dossier.findUnique({ where: { submitKey }, select: { id: true, code: true } })
  if (already) return already
  if (missingDocuments(draft).length > 0) throw new TransitionError('incomplete')
  const refusal = check({ action: 'submit', status: draft.status, actor: user.role, isApplicant: draft.applicantId === user.id && user.role === 'CITIZEN' })
  if (refusal) throw new TransitionError(refusal)

  const now = new Date()
  const calendar = await workingCalendar(prisma)
  const expectedDue = calendar.dueDate(now, draft.procedure.timeLimit, draft.procedure.timeLimitUnit)
  const profile = await applicantProfile(prisma, draft, user)
  const agency = await prisma.agency.findUniqueOrThrow({ where: { id: draft.agencyId }, select: { code: true, desks: { select: { id: true }, take: 1 } } })
  const data = draftData(draft.formData)
  try {
    const submitted = await prisma.$transaction(async (tx) => {
      const code = dossierCode(agency.code, now, await nextCounter(tx, draft.agencyId, codeDay(now)))
      const won = await tx.dossier.updateMany({
        where: { id: draft.id, status: 'DRAFT', version: draft.version },
        data: {
          code,
          status: 'SUBMITTED',
          submittedAt: now,
          dueAt: expectedDue,
          submitKey,
          deskId: agency.desks[0]?.id,
          feeAmount: feeTotal(draft.procedure.fees),
          applicantName: profile.fullName,
          applicantNationalId: profile.nationalId,
          applicantPhone: profile.phone,
          applicantEmail: profile.email,
          applicantAddress: data.applicant?.address ?? profile.address,
          version: { increment: 1 },
        },
      })
      if (won.count === 0) throw new TransitionError('conflict')
      await recordEvent(tx, { dossierId: draft.id, action: 'submit', actorId: user.id, fromStatus: 'DRAFT', toStatus: 'SUBMITTED', data: draft.supportPointId ? { channel: 'SUPPORT_POINT' } : undefined })
      return { id: draft.id, code }
    })
    await notifyApplicant(prisma, draft.id, 'submitted')
    return submitted
  } catch (error) {
    // A concurrent submit of the same draft won: answer with its result.
    const winner = await prisma.dossier.findUnique({ where: { submitKey }, select: { id: true, code: true } })
    if (winner) return winner
    throw error
  }
}

export interface TransitionInput {
  action: Exclude<Action, 'submit'>
  actor: SessionUser | null // null = the system (payment notification)
  version: number
  reason?: string
  items?: string[]
  assigneeId?: string
  newDueAt?: Date
}

/** Applies one action to a dossier: checks, computes the new state and clock, writes it with its event. */
export async function transition(prisma: PrismaClient, dossierId: string, input: TransitionInput) {
  const dossier = await prisma.dossier.findUnique({
    where: { id: dossierId },
    include: { procedure: { select: { timeLimit: true, timeLimitUnit: true, paymentTiming: true } } },
  })
  if (!dossier) throw new TransitionError('notFound')
  const actorRole = input.actor?.role ?? 'SYSTEM'
  const isApplicant = Boolean(input.actor && dossier.applicantId === input.actor.id)
  const refusal = check({
    action: input.action,
    status: dossier.status,
    actor: actorRole,
    isApplicant,
    awaitingApproval: dossier.approvalRequestedAt !== null,
    reason: input.reason,
    items: input.items,
  })
  if (refusal) throw new TransitionError(refusal)
  if (dossier.version !== input.version) throw new TransitionError('conflict')
  const now = new Date()
  // A fee due at submission is paid online before an online dossier is received.
  if (input.action === 'receive' && dossier.channel === 'ONLINE' && dossier.procedure.paymentTiming === 'AT_SUBMISSION' && dossier.feeAmount > 0) {
    const paid = await prisma.payment.count({ where: { dossierId, status: 'SUCCEEDED' } })
    if (!paid) throw new TransitionError('unpaid')
  }
  // An apology is for a late dossier, and must give a new date still ahead.
  if (input.action === 'apologise') {
    if (!dossier.dueAt || dossier.dueAt >= now) throw new TransitionError('wrongState')
    if (!input.newDueAt || input.newDueAt <= now) throw new TransitionError('dateRequired')
  }

  const calendar = await workingCalendar(prisma)
  const lastPause = input.action === 'answerSupplement' ? await lastSupplementRequest(prisma, dossierId) : null
  const change = decide(input, dossier, now, calendar, lastPause)

  await prisma.$transaction(async (tx) => {
    const won = await tx.dossier.updateMany({
      where: { id: dossierId, version: input.version },
      data: { ...change.data, version: { increment: 1 } },
    })
    if (won.count === 0) throw new TransitionError('conflict')
    await recordEvent(tx, {
      dossierId,
      action: input.action,
      actorId: input.actor?.id ?? null,
      fromStatus: dossier.status,
      toStatus: change.to,
      note: input.reason?.trim() || null,
      formCode: TRANSITIONS[input.action].form ?? null,
      data: change.eventData as Prisma.InputJsonValue,
    })
  })
  if (['refuse', 'reject', 'withdraw', 'stop'].includes(input.action)) await refundIfPaid(prisma, dossierId, input.reason ?? input.action)
  await notifyApplicant(prisma, dossierId, input.action)
  return { to: change.to }
}

async function lastSupplementRequest(prisma: PrismaClient, dossierId: string) {
  return prisma.dossierEvent.findFirst({
    where: { dossierId, action: 'requestSupplement' },
    orderBy: { at: 'desc' },
    select: { at: true, fromStatus: true, data: true },
  })
}

type Loaded = Prisma.DossierGetPayload<{ include: { procedure: { select: { timeLimit: true; timeLimitUnit: true; paymentTiming: true } } } }>

/** The state change an action makes, including the legal clock. Pure apart from its inputs. */
function decide(
  input: TransitionInput,
  dossier: Loaded,
  now: Date,
  calendar: Awaited<ReturnType<typeof workingCalendar>>,
  lastPause: Awaited<ReturnType<typeof lastSupplementRequest>>,
): { to: DossierStatus; data: Prisma.DossierUpdateManyMutationInput & { assigneeId?: string }; eventData: Record<string, unknown> } {
  const rule = TRANSITIONS[input.action]
  switch (input.action) {
    case 'receive': {
      const dueAt = calendar.dueDate(now, dossier.procedure.timeLimit, dossier.procedure.timeLimitUnit)
      return { to: 'RECEIVED', data: { status: 'RECEIVED', receivedAt: now, dueAt }, eventData: { dueAt } }
    }
    case 'requestSupplement': {
      // The clock stops: what is left is kept and resumes from the applicant's answer.
      const remaining = dossier.receivedAt && dossier.dueAt ? calendar.remainingMinutes(now, dossier.dueAt) : null
      return {
        to: 'SUPPLEMENT_REQUESTED',
        data: { status: 'SUPPLEMENT_REQUESTED', supplementCount: { increment: 1 } },
        eventData: { items: input.items?.map((i) => i.trim()).filter(Boolean), remainingMinutes: remaining },
      }
    }
    case 'answerSupplement': {
      const back = lastPause?.fromStatus ?? 'SUBMITTED'
      const remaining = (lastPause?.data as { remainingMinutes?: number | null } | null)?.remainingMinutes
      const paused = lastPause ? calendar.workingMinutesBetween(lastPause.at, now) : 0
      const dueAt = remaining != null ? calendar.addWorkingMinutes(now, remaining) : undefined
      return {
        to: back,
        data: { status: back, pausedMinutes: { increment: paused }, ...(dueAt && { dueAt }) },
        eventData: { pausedMinutes: paused, dueAt },
      }
    }
    case 'assign':
      return { to: 'IN_PROGRESS', data: { status: 'IN_PROGRESS', assigneeId: input.assigneeId }, eventData: { assigneeId: input.assigneeId } }
    case 'submitForApproval':
      return { to: 'IN_PROGRESS', data: { approvalRequestedAt: now }, eventData: {} }
    case 'approve': {
      const owes = dossier.procedure.paymentTiming === 'BEFORE_RESULT' && dossier.feeAmount > 0
      const to: DossierStatus = owes ? 'AWAITING_PAYMENT' : 'RESOLVED'
      return {
        to,
        data: { status: to, approvalRequestedAt: null, outcome: 'APPROVED', ...(to === 'RESOLVED' && { resolvedAt: now }) },
        eventData: { outcome: 'APPROVED' },
      }
    }
    case 'reject':
      return { to: 'RESOLVED', data: { status: 'RESOLVED', resolvedAt: now, approvalRequestedAt: null, outcome: 'REFUSED' }, eventData: { outcome: 'REFUSED' } }
    case 'confirmPayment':
      return { to: 'RESOLVED', data: { status: 'RESOLVED', resolvedAt: now }, eventData: {} }
    case 'returnResult':
      return { to: 'RESULT_RETURNED', data: { status: 'RESULT_RETURNED', returnedAt: now }, eventData: {} }
    case 'apologise':
      return { to: dossier.status, data: { dueAt: input.newDueAt }, eventData: { previousDueAt: dossier.dueAt, dueAt: input.newDueAt } }
    default:
      return { to: rule.to!, data: { status: rule.to! }, eventData: {} }
  }
}

/** The applicant answers a supplement request with new files (and a note); the clock resumes. */
export async function answerSupplement(
  prisma: PrismaClient,
  dossierId: string,
  user: SessionUser,
  version: number,
  fileIds: string[],
  note?: string,
) {
  if (fileIds.length === 0 && !note?.trim()) throw new TransitionError('itemsRequired')
  await prisma.dossierDocument.createMany({ data: fileIds.map((fileId) => ({ dossierId, fileId, purpose: 'SUPPLEMENT' })) })
  return transition(prisma, dossierId, { action: 'answerSupplement', actor: user, version, reason: note })
}

/** One rating per returned dossier, by its applicant. */
export async function rateDossier(prisma: PrismaClient, dossierId: string, userId: string, score: number, comment?: string) {
  const dossier = await prisma.dossier.findFirst({ where: { id: dossierId, applicantId: userId, status: 'RESULT_RETURNED' }, select: { id: true } })
  if (!dossier) throw new TransitionError('wrongState')
  // Touching the dossier lets the statistics rollup see the new rating.
  await prisma.$transaction([
    prisma.rating.upsert({ where: { dossierId }, create: { dossierId, score, comment }, update: { score, comment } }),
    prisma.dossier.update({ where: { id: dossierId }, data: { updatedAt: new Date() } }),
  ])
}

/** The one-stop desk returns the result; an approved dossier's electronic result file goes with it. */
export async function returnResult(prisma: PrismaClient, dossierId: string, clerk: SessionUser, version: number, fileId: string | null) {
  const dossier = await prisma.dossier.findUnique({ where: { id: dossierId }, select: { outcome: true } })
  if (dossier?.outcome === 'APPROVED' && !fileId) throw new TransitionError('itemsRequired')
  if (fileId) await prisma.dossierDocument.create({ data: { dossierId, fileId, purpose: 'RESULT' } })
  return transition(prisma, dossierId, { action: 'returnResult', actor: clerk, version })
}

/** Hands a dossier to a specialist of the same agency. */
export async function assignDossier(prisma: PrismaClient, dossierId: string, actor: SessionUser, version: number, assigneeId: string) {
  const specialist = await prisma.user.findFirst({ where: { id: assigneeId, agencyId: actor.agencyId ?? '', role: 'SPECIALIST', active: true } })
  if (!specialist) throw new TransitionError('notAllowed')
  return transition(prisma, dossierId, { action: 'assign', actor, version, assigneeId })
}

/** An internal note (with attachments) on the timeline: staff only, never shown to the applicant. */
export async function addInternalNote(prisma: PrismaClient, dossierId: string, actor: SessionUser, note: string, fileIds: string[]) {
  await prisma.$transaction(async (tx) => {
    await tx.dossierDocument.createMany({ data: fileIds.map((fileId) => ({ dossierId, fileId, purpose: 'INTERNAL' })) })
    await recordEvent(tx, { dossierId, action: 'note', actorId: actor.id, note, data: { fileIds } })
  })
}

export interface CounterIntake {
  procedureCode: string
  applicantName: string
  applicantNationalId: string
  applicantPhone: string
  applicantAddress: string
  fileIds: string[]
}

/**
 * A paper dossier taken at the counter: entered by the clerk, received at once (channel COUNTER), so the
 * statistics count every dossier. Returns the new dossier's id and code.
 */
export async function intakeAtCounter(prisma: PrismaClient, clerk: SessionUser, input: CounterIntake) {
  const procedure = await prisma.procedure.findFirst({
    where: { code: input.procedureCode, published: true, agencies: { some: { agencyId: clerk.agencyId ?? '' } } },
    include: { fees: true },
  })
  if (!procedure) return null
  const agency = await prisma.agency.findUniqueOrThrow({ where: { id: clerk.agencyId! }, select: { code: true } })
  const account = await prisma.user.findUnique({ where: { nationalId: input.applicantNationalId }, select: { id: true } })
  const calendar = await workingCalendar(prisma)
  const now = new Date()
  const dueAt = calendar.dueDate(now, procedure.timeLimit, procedure.timeLimitUnit)
  const created = await prisma.$transaction(async (tx) => {
    const code = dossierCode(agency.code, now, await nextCounter(tx, clerk.agencyId!, codeDay(now)))
    const dossier = await tx.dossier.create({
      data: {
        code,
        procedureId: procedure.id,
        agencyId: clerk.agencyId!,
        deskId: clerk.deskId,
        channel: 'COUNTER',
        onlineLevel: procedure.onlineLevel,
        filedById: clerk.id,
        applicantId: account?.id,
        applicantName: input.applicantName,
        applicantNationalId: input.applicantNationalId,
        applicantPhone: input.applicantPhone,
        applicantAddress: input.applicantAddress,
        status: 'RECEIVED',
        submittedAt: now,
        receivedAt: now,
        dueAt,
        feeAmount: feeTotal(procedure.fees),
        documents: { create: input.fileIds.map((fileId) => ({ fileId, purpose: 'APPLICATION' })) },
      },
    })
    await recordEvents(tx, [
      { dossierId: dossier.id, action: 'submit', actorId: clerk.id, toStatus: 'SUBMITTED', at: now, data: { channel: 'COUNTER' } },
      { dossierId: dossier.id, action: 'receive', actorId: clerk.id, fromStatus: 'SUBMITTED', toStatus: 'RECEIVED', formCode: '01', at: new Date(now.getTime() + 1), data: { dueAt } },
    ])
    return { id: dossier.id, code }
  })
  await notifyApplicant(prisma, created.id, 'receive')
  return created
}
