// Dossiers in the database: drafts that survive, idempotent submission, and every action of the life cycle
// (domain/dossier/lifecycle.ts decides; this module loads what it needs and writes what it decided) as one
// transaction with its files and timeline event, guarded by the version the actor saw: a concurrent change
// yields a conflict, never a lost update, and a refused action writes nothing.
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'
import type { SessionUser } from '../auth/session.server.ts'
import { foldVietnamese } from '../domain/catalogue/search-text.ts'
import { questionsOf } from '../domain/catalogue/questionnaire.ts'
import { dossierCode, codeDay } from '../domain/dossier/code.ts'
import { declarationOf } from '../domain/dossier/declaration.ts'
import { readEventData } from '../domain/dossier/event-data.ts'
import { availableActions, check, decide, waitingActions, type Action, type Attempt, type DossierChange, type DossierState, type Refusal } from '../domain/dossier/lifecycle.ts'
import type { DossierStatus } from '../domain/dossier/status.ts'
import { incompleteStep } from '../domain/dossier/submission.ts'
import type { WizardStep } from '../domain/dossier/wizard.ts'
import { filerScope, isFiler } from '../auth/access.server.ts'
import { workingCalendar } from './calendar.server.ts'
import { recordEvent } from './dossier-events.server.ts'
import { notifyApplicant } from './dossier-notifications.server.ts'
import { storeFiles, type CheckedUpload } from './files.server.ts'
import { SigningUnavailableError } from '../documents/certificates.server.ts'
import { prepareResult } from './issued-documents.server.ts'
import { refundIfPaid } from './payments.server.ts'

export class TransitionError extends Error {
  constructor(
    readonly refusal: Refusal | 'conflict' | 'notFound' | 'incomplete' | 'signingUnavailable',
    /** For 'incomplete': the wizard step to go back to. */
    readonly step?: WizardStep,
  ) {
    super(refusal)
  }
}

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
  return prisma.$transaction(async (tx) => {
    // Until the applicant chooses, the draft sits with the procedure's first agency (the column is required).
    const draft = await tx.dossier.create({
      data: { ...owner, procedureId: procedure.id, agencyId: procedure.agencies[0]!.agencyId, onlineLevel: procedure.onlineLevel },
      select: { id: true },
    })
    await recordEvent(tx, { dossierId: draft.id, action: 'createDraft', actorId, toStatus: 'DRAFT', data: { channel: owner.channel } })
    return draft
  })
}

/** The citizen's own draft for a procedure. */
export function findOrCreateDraft(prisma: PrismaClient, user: SessionUser, procedureCode: string) {
  return resumeOrStartDraft(prisma, procedureCode, { channel: 'ONLINE', applicantId: user.id }, user.id)
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
          agencies: { include: { agency: { select: { id: true, name: true, unit: { select: { name: true } } } } } },
        },
      },
      documents: { where: { purpose: 'APPLICATION' }, include: { file: { select: { id: true, fileName: true, size: true, contentType: true } } } },
      agency: { select: { id: true, name: true } },
      assistedPerson: true,
      _count: { select: { documents: { where: { purpose: 'FEE_PROOF' } } } },
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
export async function saveDraft(prisma: PrismaClient, draft: Draft, patch: DraftData) {
  const current = draftData(draft.formData)
  const agencyId = patch.applicant?.agencyId
  const allowedAgency = agencyId && draft.procedure.agencies.some((a) => a.agencyId === agencyId) ? agencyId : undefined
  const next: DraftData = {
    applicant: { ...current.applicant, ...patch.applicant, agencyId: allowedAgency ?? current.applicant?.agencyId },
    answers: { ...current.answers, ...patch.answers },
  }
  await prisma.dossier.update({
    where: { id: draft.id },
    data: { formData: next as Prisma.InputJsonValue, ...(allowedAgency && { agencyId: allowedAgency }) },
  })
}

export function feeTotal(fees: { amount: number }[]) {
  return fees.reduce((sum, fee) => sum + fee.amount, 0)
}

/** Deletes a draft of the person's own; its files stay theirs. */
export async function deleteDraft(prisma: PrismaClient, user: SessionUser, dossierId: string) {
  const { count } = await prisma.dossier.deleteMany({ where: { id: dossierId, status: 'DRAFT', ...filerScope(user) } })
  return count === 1
}

/** Mandatory documents of the draft without a file. */
export function missingDocuments(draft: Draft) {
  const attached = new Set(draft.documents.map((d) => d.requiredDocumentId))
  return draft.procedure.documents.filter((d) => d.mandatory && !attached.has(d.id))
}

/** The first wizard step the draft does not complete yet, checked as at submission. */
export function draftIncompleteStep(draft: Draft): WizardStep | null {
  const data = draftData(draft.formData)
  return incompleteStep({
    applicant: data.applicant,
    answers: data.answers,
    questions: questionsOf(draft.procedure.formSchema),
    documents: draft.procedure.documents,
    attached: new Set(draft.documents.map((d) => d.requiredDocumentId)),
    agencyToChoose: draft.procedure.agencies.length > 1,
    feeCaseWithoutProof: draft.feeCaseId !== null && draft._count.documents === 0,
  })
}

/** The next number of the agency's day, for dossier codes (one row per agency and day, locked by the upsert). */
export async function nextCounter(tx: Prisma.TransactionClient, agencyId: string, day: string): Promise<number> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "DossierCounter" ("agencyId", "day", "value") VALUES (${agencyId}, ${day}, 1)
    ON CONFLICT ("agencyId", "day") DO UPDATE SET "value" = "DossierCounter"."value" + 1
    RETURNING "value"`
  return Number(rows[0]!.value)
}

/**
 * Submits a complete draft: every step checked again, one code, the applicant's details and declaration frozen,
 * the fee frozen, an expected appointment date. Submitting again with the same key (double click, retry after a
 * lost response) returns the same dossier.
 */
export async function submitDraft(prisma: PrismaClient, draft: Draft, user: SessionUser, submitKey: string) {
  const already = await prisma.dossier.findUnique({ where: { submitKey }, select: { id: true, code: true } })
  if (already) return already
  const step = draftIncompleteStep(draft)
  if (step) throw new TransitionError('incomplete', step)
  const now = new Date()
  const refusal = check(lifecycleState(draft, null), { action: 'submit', actor: actorOf(user, draft), now })
  if (refusal) throw new TransitionError(refusal)

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
          applicantSearch: foldVietnamese(profile.fullName),
          applicantNationalId: profile.nationalId,
          applicantPhone: profile.phone,
          applicantEmail: profile.email,
          applicantAddress: data.applicant?.address ?? profile.address,
          declaration: declarationOf(questionsOf(draft.procedure.formSchema), data.answers ?? {}) as unknown as Prisma.InputJsonValue,
          // Filed online, every document it carries is electronic (the counter sets it per scanned document).
          digitised: true,
          version: { increment: 1 },
        },
      })
      if (won.count === 0) throw new TransitionError('conflict')
      await recordEvent(tx, {
        dossierId: draft.id,
        at: now,
        action: 'submit',
        actorId: user.id,
        fromStatus: 'DRAFT',
        toStatus: 'SUBMITTED',
        data: draft.supportPointId ? { channel: 'SUPPORT_POINT' } : undefined,
      })
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
  /** The new appointment of an apology; the date to answer a supplement request by. */
  date?: Date
  /** Checked files that come with the action; stored only if the action is allowed. */
  uploads?: readonly CheckedUpload[]
}

const loadForTransition = (prisma: PrismaClient, dossierId: string) =>
  prisma.dossier.findUnique({
    where: { id: dossierId },
    include: {
      procedure: { select: { timeLimit: true, timeLimitUnit: true, paymentTiming: true } },
      payments: { where: { status: 'SUCCEEDED', applied: true }, select: { id: true } },
      documents: { where: { purpose: { in: ['RESULT_DRAFT', 'RESULT'] } }, orderBy: { createdAt: 'desc' }, select: { id: true, purpose: true, fileId: true, file: { select: { sha256: true } } } },
    },
  })
type Loaded = NonNullable<Awaited<ReturnType<typeof loadForTransition>>>

/** What the life-cycle rules need to know about a loaded dossier. */
function lifecycleState(
  dossier: Pick<Loaded, 'status' | 'approvalRequestedAt' | 'assigneeId' | 'channel' | 'dueAt' | 'receivedAt' | 'outcome' | 'feeAmount' | 'feeCaseStatus'>,
  loaded: Loaded | null,
): DossierState {
  const latest = (purpose: string) => {
    const doc = loaded?.documents.find((d) => d.purpose === purpose)
    return doc ? { documentId: doc.id, fileId: doc.fileId, sha256: doc.file.sha256 } : null
  }
  return {
    status: dossier.status,
    awaitingApproval: dossier.approvalRequestedAt !== null,
    assigneeId: dossier.assigneeId,
    channel: dossier.channel,
    dueAt: dossier.dueAt,
    receivedAt: dossier.receivedAt,
    outcome: dossier.outcome,
    feeUnpaidAtSubmission: !!loaded && dossier.channel === 'ONLINE' && loaded.procedure.paymentTiming === 'AT_SUBMISSION' && dossier.feeAmount > 0 && loaded.payments.length === 0,
    feeCaseUndecided: dossier.feeCaseStatus === 'CLAIMED',
    draftResult: latest('RESULT_DRAFT'),
    approvedResult: latest('RESULT'),
  }
}

/** What the rules need about who acts. */
export function actorOf(user: SessionUser | null, dossier: Parameters<typeof isFiler>[1]): Attempt['actor'] {
  if (!user) return { role: 'SYSTEM', id: null, isApplicant: false }
  return { role: user.role, id: user.id, isApplicant: isFiler(user, dossier) }
}

/** The actions a person can take on a dossier now (for showing only the buttons that work). */
export async function actionsFor(prisma: PrismaClient, dossierId: string, user: SessionUser) {
  const dossier = await loadForTransition(prisma, dossierId)
  return dossier ? availableActions(lifecycleState(dossier, dossier), actorOf(user, dossier)) : []
}

/** What the person could do now, and what waits for something else first (the fee, an approved result). */
export async function staffOptions(prisma: PrismaClient, dossierId: string, user: SessionUser) {
  const dossier = await loadForTransition(prisma, dossierId)
  if (!dossier) return { actions: [], waiting: {} }
  const state = lifecycleState(dossier, dossier)
  const actor = actorOf(user, dossier)
  return { actions: availableActions(state, actor), waiting: waitingActions(state, actor) }
}

function toUpdate(change: DossierChange): Prisma.DossierUncheckedUpdateManyInput {
  const { supplementRequests, pausedMinutes, ...fields } = change
  return {
    ...fields,
    ...(supplementRequests && { supplementCount: { increment: supplementRequests } }),
    ...(pausedMinutes !== undefined && { pausedMinutes: { increment: pausedMinutes } }),
  }
}

/**
 * Applies one action: permission, state and what it must carry are checked before anything is stored; then the
 * files, the state change and the timeline event commit together.
 */
export async function transition(prisma: PrismaClient, dossierId: string, input: TransitionInput) {
  const dossier = await loadForTransition(prisma, dossierId)
  if (!dossier) throw new TransitionError('notFound')
  const now = new Date()
  const state = lifecycleState(dossier, dossier)
  const attempt: Attempt = {
    action: input.action,
    actor: actorOf(input.actor, dossier),
    reason: input.reason,
    items: input.items,
    files: input.uploads?.length ?? 0,
    date: input.date,
    assigneeId: input.assigneeId,
    now,
  }
  const refusal = check(state, attempt)
  if (refusal) throw new TransitionError(refusal)
  // A note changes nothing another person could be deciding on, so it never conflicts.
  const guarded = input.action !== 'note'
  if (guarded && dossier.version !== input.version) throw new TransitionError('conflict')
  if (input.action === 'assign') await requireSpecialistOf(prisma, dossier.agencyId, input.assigneeId!)

  const calendar = await workingCalendar(prisma)
  const decision = decide(state, attempt, {
    calendar,
    timeLimit: dossier.procedure.timeLimit,
    timeLimitUnit: dossier.procedure.timeLimitUnit,
    pause: input.action === 'answerSupplement' ? await openSupplementRequest(prisma, dossierId) : null,
    feeBeforeResult: dossier.procedure.paymentTiming === 'BEFORE_RESULT' && dossier.feeAmount > 0,
  })

  // Approval issues the result: the approved draft sealed with the agency's signature (issue 18). Made once the
  // checks have passed and before the transaction, so a refused or failed approval writes nothing.
  const result = decision.promote ? await signResult(prisma, dossierId, decision.promote.fileId, input.actor?.id ?? null, now) : null
  const uploads = [...(input.uploads ?? []), ...(result ? [result.upload] : [])]
  await storeFiles(prisma, input.actor?.id ?? null, uploads, async (tx, stored) => {
    const fileIds = result ? stored.slice(0, -1) : stored
    if (guarded) {
      const won = await tx.dossier.updateMany({ where: { id: dossierId, version: input.version }, data: { ...toUpdate(decision.change), version: { increment: 1 } } })
      if (won.count === 0) throw new TransitionError('conflict')
    }
    if (decision.filePurpose && fileIds.length) {
      await tx.dossierDocument.createMany({ data: fileIds.map((fileId) => ({ dossierId, fileId, purpose: decision.filePurpose! })) })
    }
    if (decision.promote && result) {
      const signed = stored.at(-1)!
      await tx.dossierDocument.create({ data: { dossierId, fileId: signed, purpose: decision.promote.purpose } })
      await result.record(tx, signed)
    }
    await recordEvent(tx, {
      dossierId,
      at: now,
      action: input.action,
      actorId: input.actor?.id ?? null,
      fromStatus: dossier.status,
      toStatus: decision.to,
      note: input.reason?.trim() || null,
      formCode: decision.form,
      data: { ...decision.eventData, ...result?.eventData, ...(fileIds.length && { fileIds }) },
    })
  })
  if (['refuse', 'reject', 'withdraw', 'stop'].includes(input.action)) await refundIfPaid(prisma, dossierId, input.reason ?? input.action)
  // Also after an internal step: its national sync waits in the outbox (it has no message for the applicant).
  await notifyApplicant(prisma, dossierId, input.action)
  return { to: decision.to }
}

/** The signed result, or a refusal the approver can read when the agency has no usable certificate. */
async function signResult(...args: Parameters<typeof prepareResult>) {
  try {
    return await prepareResult(...args)
  } catch (error) {
    if (error instanceof SigningUnavailableError) throw new TransitionError('signingUnavailable')
    throw error
  }
}

async function requireSpecialistOf(prisma: PrismaClient, agencyId: string, userId: string) {
  const specialist = await prisma.user.findFirst({ where: { id: userId, agencyId, role: 'SPECIALIST', active: true }, select: { id: true } })
  if (!specialist) throw new TransitionError('notAllowed')
}

/** The supplement request the applicant is answering: when it paused the clock, from where, with what left. */
async function openSupplementRequest(prisma: PrismaClient, dossierId: string) {
  const request = await prisma.dossierEvent.findFirst({
    where: { dossierId, action: 'requestSupplement' },
    orderBy: { at: 'desc' },
    select: { at: true, fromStatus: true, data: true },
  })
  if (!request) return null
  const remaining = readEventData(request.data).remainingMinutes ?? null
  return { at: request.at, fromStatus: request.fromStatus as DossierStatus | null, remainingMinutes: remaining }
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
