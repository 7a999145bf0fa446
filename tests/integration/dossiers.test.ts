import { describe, expect, it } from 'vitest'
import type { SessionUser } from '~/auth/session.server.ts'
import { readEventData } from '~/domain/dossier/event-data.ts'
import { findOrCreateDraft, getDraft, saveDraft, submitDraft, transition, TransitionError } from '~/models/dossier.server.ts'
import { attachToDraft, personalDocuments, storeUpload } from '~/models/files.server.ts'
import { answersFor } from '../support/dossiers.ts'
import { workingCalendar } from '~/models/calendar.server.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n${text}`)

async function user(email: string): Promise<SessionUser> {
  const row = await database().prisma.user.findUniqueOrThrow({ where: { email } })
  return { ...row, role: row.role } as unknown as SessionUser
}

async function completeDraft(citizen: SessionUser, code = '1.001193') {
  const { prisma } = database()
  const { id } = (await findOrCreateDraft(prisma, citizen, code))!
  let draft = (await getDraft(prisma, id, citizen))!
  await saveDraft(prisma, draft, { applicant: { address: 'Số 25 Hai Bà Trưng, Phường Long Xuyên', agencyId: draft.agencyId }, answers: answersFor(draft.procedure.formSchema) })
  for (const slot of draft.procedure.documents) {
    const stored = await storeUpload(prisma, citizen.id, pdf(slot.name), `${slot.name}.pdf`)
    if (!stored.ok) throw new Error(stored.error)
    await attachToDraft(prisma, id, citizen.id, slot.id, stored.fileId)
  }
  draft = (await getDraft(prisma, id, citizen))!
  return draft
}

describe('drafts and submission', () => {
  it('resumes the same draft instead of starting another', async () => {
    const citizen = await user('an.nguyen@example.com')
    const first = await findOrCreateDraft(database().prisma, citizen, '2.000635')
    const again = await findOrCreateDraft(database().prisma, citizen, '2.000635')
    expect(again?.id).toBe(first?.id)
  })

  it('refuses to submit while a mandatory document is missing', async () => {
    const citizen = await user('an.nguyen@example.com')
    const { id } = (await findOrCreateDraft(database().prisma, citizen, '2.000635'))!
    const draft = (await getDraft(database().prisma, id, citizen))!
    await expect(submitDraft(database().prisma, draft, citizen, crypto.randomUUID())).rejects.toThrow('incomplete')
  })

  it('gives one dossier and one code to a double submit', async () => {
    const citizen = await user('an.nguyen@example.com')
    const draft = await completeDraft(citizen)
    const key = crypto.randomUUID()
    const [a, b] = await Promise.all([submitDraft(database().prisma, draft, citizen, key), submitDraft(database().prisma, draft, citizen, key)])
    expect(a.code).toBe(b.code)
    expect(a.code).toMatch(/^000\.\d{2}\.\d{2}\.H01-\d{6}-\d{4}$/)
    const row = await database().prisma.dossier.findUniqueOrThrow({ where: { id: a.id } })
    expect(row.status).toBe('SUBMITTED')
    expect(row.applicantNationalId).toBe('089090000001')
    expect(row.dueAt).not.toBeNull()
    const events = await database().prisma.dossierEvent.findMany({ where: { dossierId: a.id, action: 'submit' } })
    expect(events).toHaveLength(1)
  })

  it('numbers dossiers of one agency and day in sequence', async () => {
    const citizen = await user('binh.tran@example.com')
    const one = await submitDraft(database().prisma, await completeDraft(citizen, '1.000656'), citizen, crypto.randomUUID())
    const two = await submitDraft(database().prisma, await completeDraft(citizen, '1.004873'), citizen, crypto.randomUUID())
    const counter = (code: string | null) => Number(code!.split('-').pop())
    expect(counter(two.code)).toBe(counter(one.code) + 1)
  })

  it('keeps uploads in the person’s document store for reuse', async () => {
    const citizen = await user('an.nguyen@example.com')
    const documents = await personalDocuments(database().prisma, citizen.id)
    expect(documents.length).toBeGreaterThan(0)
    expect(documents.every((d) => d.fileName.endsWith('.pdf'))).toBe(true)
  })
})

describe('transitions', () => {
  it('lets exactly one of two concurrent clerks act; the other gets a conflict', async () => {
    const citizen = await user('an.nguyen@example.com')
    const clerk = await user('motcua.longxuyen@angiang.example')
    const { id } = await submitDraft(database().prisma, await completeDraft(citizen, '1.004884'), citizen, crypto.randomUUID())
    const { version } = await database().prisma.dossier.findUniqueOrThrow({ where: { id } })
    const results = await Promise.allSettled([
      transition(database().prisma, id, { action: 'receive', actor: clerk, version }),
      transition(database().prisma, id, { action: 'refuse', actor: clerk, version, reason: 'Không thuộc thẩm quyền' }),
    ])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult
    expect(failed.reason).toBeInstanceOf(TransitionError)
    expect(['conflict', 'wrongState']).toContain((failed.reason as TransitionError).refusal)
    const events = await database().prisma.dossierEvent.count({ where: { dossierId: id, action: { in: ['receive', 'refuse'] } } })
    expect(events).toBe(1)
  })

  it('pauses the clock for a supplement and resumes it from the answer', async () => {
    const { prisma } = database()
    const citizen = await user('binh.tran@example.com')
    const clerk = await user('motcua.longxuyen@angiang.example')
    const { id } = await submitDraft(prisma, await completeDraft(citizen, '1.000689'), citizen, crypto.randomUUID())
    let d = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    await transition(prisma, id, { action: 'receive', actor: clerk, version: d.version })
    d = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    await expect(transition(prisma, id, { action: 'requestSupplement', actor: clerk, version: d.version, reason: 'Thiếu giấy tờ', items: [] })).rejects.toThrow('itemsRequired')
    await transition(prisma, id, { action: 'requestSupplement', actor: clerk, version: d.version, reason: 'Thiếu giấy tờ', items: ['Văn bản cử người giám hộ có chữ ký'] })
    d = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    expect(d.status).toBe('SUPPLEMENT_REQUESTED')
    expect(d.supplementCount).toBe(1)
    const dueBefore = (await prisma.dossier.findUniqueOrThrow({ where: { id } })).dueAt!
    await transition(prisma, id, { action: 'answerSupplement', actor: citizen, version: d.version, reason: 'Đã nộp bản chính tại quầy' })
    d = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    expect(d.status).toBe('RECEIVED')
    const timeline = await prisma.dossierEvent.findMany({ where: { dossierId: id }, orderBy: { at: 'asc' } })
    expect(timeline.map((e) => e.action)).toEqual(['createDraft', 'submit', 'receive', 'requestSupplement', 'answerSupplement'])
    expect(timeline[3]?.formCode).toBe('02')
    // Paused: the office time left when asked is kept; resumed: the new due date is that much after the answer.
    const calendar = await workingCalendar(prisma)
    const left = readEventData(timeline[3]!.data).remainingMinutes!
    expect(left).toBe(calendar.remainingMinutes(timeline[3]!.at, dueBefore))
    expect(d.dueAt).toEqual(calendar.addWorkingMinutes(timeline[4]!.at, left))
  })

  it('writes a portal notification for every change, and an outbox e-mail without SMTP', async () => {
    const citizen = await user('binh.tran@example.com')
    const notes = await database().prisma.notification.findMany({ where: { userId: citizen.id } })
    expect(notes.some((n) => n.channel === 'PORTAL')).toBe(true)
    expect(notes.some((n) => n.channel === 'EMAIL' && n.sentAt === null && n.recipient === 'binh.tran@example.com')).toBe(true)
  })
})
