import { describe, expect, it } from 'vitest'
import type { SessionUser } from '~/auth/session.server.ts'
import { rateDossier, transition, TransitionError } from '~/models/dossier.server.ts'
import { notify, useSenders } from '~/models/notifications.server.ts'
import { queue } from '~/models/queue.server.ts'
import { parseQueueFilter } from '~/domain/dossier/queue-filter.ts'
import { approve, counterDossier, pdfUpload, staffUser, versionOf } from '../support/dossiers.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })

const staff = (email: string) => staffUser(database().prisma, email)
const version = (id: string) => versionOf(database().prisma, id)
const longXuyen = async () => ({
  clerk: await staff('motcua.longxuyen@angiang.example'),
  specialist: await staff('chuyenvien.longxuyen@angiang.example'),
  approver: await staff('lanhdao.longxuyen@angiang.example'),
})

describe('the whole workflow', () => {
  it('takes a counter dossier from intake to the returned approved result', async () => {
    const { prisma } = database()
    const people = await longXuyen()
    const { id, code } = await counterDossier(prisma, people.clerk)
    expect(code).toMatch(/^000\.20\.01\.H01-\d{6}-\d{4}$/)
    let row = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    expect(row).toMatchObject({ channel: 'COUNTER', status: 'RECEIVED', resultDelivery: 'DESK', digitised: true })
    expect(row.dueAt).not.toBeNull()

    await transition(prisma, id, { action: 'assign', actor: people.clerk, version: await version(id), assigneeId: people.specialist.id })
    await expect(transition(prisma, id, { action: 'approve', actor: people.approver, version: await version(id) })).rejects.toThrow('wrongState')
    const draft = pdfUpload('ket qua chung thuc', 'ket-qua.pdf')
    await transition(prisma, id, { action: 'submitForApproval', actor: people.specialist, version: await version(id), uploads: [draft] })
    await transition(prisma, id, { action: 'approve', actor: people.approver, version: await version(id) })
    row = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    expect(row).toMatchObject({ status: 'RESOLVED', outcome: 'APPROVED', approvalRequestedAt: null })

    await transition(prisma, id, { action: 'returnResult', actor: people.clerk, version: await version(id) })
    row = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    expect(row.status).toBe('RESULT_RETURNED')
    const result = await prisma.dossierDocument.findFirstOrThrow({ where: { dossierId: id, purpose: 'RESULT' }, include: { file: true } })
    // The result is the signed version of the approved draft (dossier-integrity.test.ts block 5 opens it).
    expect(await prisma.issuedDocument.findFirstOrThrow({ where: { fileId: result.fileId } })).toMatchObject({ kind: 'RESULT', sourceSha256: draft.sha256 })
  })

  it('only assigns specialists of the same agency', async () => {
    const { clerk } = await longXuyen()
    const otherSpecialist = await staff('chuyenvien.sotuphap@angiang.example')
    const { id } = await counterDossier(database().prisma, clerk)
    await expect(transition(database().prisma, id, { action: 'assign', actor: clerk, version: await version(id), assigneeId: otherSpecialist.id })).rejects.toThrow('notAllowed')
  })

  it('apologises only for a late dossier, with a new appointment ahead, and keeps the legal due date', async () => {
    const { prisma } = database()
    const { clerk } = await longXuyen()
    const { id } = await counterDossier(prisma, clerk)
    const ahead = new Date(Date.now() + 7 * 86_400_000)
    await expect(transition(prisma, id, { action: 'apologise', actor: clerk, version: await version(id), reason: 'Chậm', date: ahead })).rejects.toThrow('notOverdue')
    const lateDue = new Date(Date.now() - 86_400_000)
    await prisma.dossier.update({ where: { id }, data: { dueAt: lateDue } })
    await expect(transition(prisma, id, { action: 'apologise', actor: clerk, version: await version(id), reason: 'Chậm' })).rejects.toThrow('dateRequired')
    await transition(prisma, id, { action: 'apologise', actor: clerk, version: await version(id), reason: 'Cần xác minh thêm', date: ahead })
    const row = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    expect(row.dueAt?.getTime()).toBe(lateDue.getTime())
    expect(row.appointmentAt?.getTime()).toBe(ahead.getTime())
    expect(row.status).toBe('RECEIVED')
    const event = await prisma.dossierEvent.findFirstOrThrow({ where: { dossierId: id, action: 'apologise' } })
    expect(event.formCode).toBe('04')
  })

  it('lets the applicant withdraw with a reason, and rate only a returned dossier', async () => {
    const { prisma } = database()
    const citizen = (await prisma.user.findUniqueOrThrow({ where: { nationalId: '089090000001' } })) as unknown as SessionUser
    const own = await prisma.dossier.findFirstOrThrow({ where: { applicantId: citizen.id, status: 'IN_PROGRESS' } })
    await expect(transition(prisma, own.id, { action: 'withdraw', actor: citizen, version: own.version })).rejects.toThrow('reasonRequired')
    await transition(prisma, own.id, { action: 'withdraw', actor: citizen, version: own.version, reason: 'Không còn nhu cầu' })
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id: own.id } })).status).toBe('WITHDRAWN')
    await expect(rateDossier(prisma, own.id, citizen.id, 5)).rejects.toThrow(TransitionError)
    const returned = await prisma.dossier.findFirstOrThrow({ where: { applicantId: citizen.id, status: 'RESULT_RETURNED' } })
    await rateDossier(prisma, returned.id, citizen.id, 5, 'Nhanh')
    expect((await prisma.rating.findUniqueOrThrow({ where: { dossierId: returned.id } })).score).toBe(5)
  })

  it('keeps notes out of the version guard, so a note never makes another clerk’s action conflict', async () => {
    const { prisma } = database()
    const people = await longXuyen()
    const { id } = await counterDossier(prisma, people.clerk)
    const seen = await version(id)
    await transition(prisma, id, { action: 'note', actor: people.specialist, version: 0, reason: 'Đã gọi điện cho người nộp' })
    await transition(prisma, id, { action: 'assign', actor: people.clerk, version: seen, assigneeId: people.specialist.id })
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id } })).status).toBe('IN_PROGRESS')
  })

  it('refuses a second return of a result approved once', async () => {
    const { prisma } = database()
    const people = await longXuyen()
    const { id } = await counterDossier(prisma, people.clerk)
    await approve(prisma, id, people)
    const seen = await version(id)
    await transition(prisma, id, { action: 'returnResult', actor: people.clerk, version: seen })
    await expect(transition(prisma, id, { action: 'returnResult', actor: people.clerk, version: seen })).rejects.toThrow('wrongState')
  })
})

describe('queue', () => {
  it('shows only the staff member’s agency, in due-date order, page after page', async () => {
    const { clerk } = await longXuyen()
    const { items } = await queue(database().prisma, clerk, parseQueueFilter(new URLSearchParams()))
    expect(items.length).toBeGreaterThan(3)
    const agencyIds = await database().prisma.dossier.findMany({ where: { id: { in: items.map((i) => i.id) } }, select: { agencyId: true } })
    expect(new Set(agencyIds.map((a) => a.agencyId))).toEqual(new Set([clerk.agencyId]))
    const dues = items.map((i) => i.dueAt!.getTime())
    expect(dues).toEqual([...dues].sort((a, b) => a - b))
  })
})

describe('notifications', () => {
  it('sends e-mail through the configured sender and marks it sent; a failing sender leaves it in the outbox', async () => {
    const { prisma } = database()
    const sent: string[] = []
    const dossier = await prisma.dossier.findFirstOrThrow({ where: { status: { not: 'DRAFT' } } })
    useSenders([{ channel: 'EMAIL', send: async (to) => void sent.push(to) }])
    await notify(prisma, { userId: null, dossierId: dossier.id, subject: 'Hồ sơ', body: 'Nội dung', email: 'a@example.com' })
    expect(sent).toEqual(['a@example.com'])
    expect(await prisma.notification.findFirstOrThrow({ where: { recipient: 'a@example.com' } })).toMatchObject({ channel: 'EMAIL', sentAt: expect.any(Date) })
    useSenders([
      {
        channel: 'SMS',
        send: async () => {
          throw new Error('provider down')
        },
      },
    ])
    await notify(prisma, { userId: null, dossierId: dossier.id, subject: 'Hồ sơ', body: 'Nội dung', phone: '0912000111' })
    expect(await prisma.notification.findFirstOrThrow({ where: { recipient: '0912000111' } })).toMatchObject({ channel: 'SMS', sentAt: null })
    useSenders([])
  })
})
