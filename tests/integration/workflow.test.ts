import { describe, expect, it } from 'vitest'
import type { SessionUser } from '~/auth/session.server.ts'
import { assignDossier, intakeAtCounter, rateDossier, returnResult, transition, TransitionError } from '~/models/dossier.server.ts'
import { storeUpload } from '~/models/files.server.ts'
import { notify, useSenders } from '~/models/notifications.server.ts'
import { queue } from '~/models/queue.server.ts'
import { parseQueueFilter } from '~/domain/dossier/queue-filter.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })

async function staff(email: string) {
  return (await database().prisma.user.findUniqueOrThrow({ where: { email } })) as unknown as SessionUser
}
const pdf = new TextEncoder().encode('%PDF-1.4 result')
const version = async (id: string) => (await database().prisma.dossier.findUniqueOrThrow({ where: { id } })).version

async function counterDossier() {
  const clerk = await staff('motcua.longxuyen@angiang.example')
  const upload = await storeUpload(database().prisma, clerk.id, pdf, 'scan.pdf')
  if (!upload.ok) throw new Error(upload.problem)
  const created = await intakeAtCounter(database().prisma, clerk, {
    procedureCode: '2.000884',
    applicantName: 'Tô Văn Hiếu',
    applicantNationalId: '089070001122',
    applicantPhone: '0918222333',
    applicantAddress: 'Phường Long Xuyên',
    fileIds: [upload.fileId],
  })
  return created!
}

describe('the whole workflow', () => {
  it('takes a counter dossier from intake to returned result, with an approval step', async () => {
    const { prisma } = database()
    const [clerk, specialist, approver] = await Promise.all([
      staff('motcua.longxuyen@angiang.example'),
      staff('chuyenvien.longxuyen@angiang.example'),
      staff('lanhdao.longxuyen@angiang.example'),
    ])
    const { id, code } = await counterDossier()
    expect(code).toMatch(/^000\.20\.01\.H01-\d{6}-\d{4}$/)
    let row = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    expect(row).toMatchObject({ channel: 'COUNTER', status: 'RECEIVED' })
    expect(row.dueAt).not.toBeNull()

    await assignDossier(prisma, id, clerk, await version(id), specialist.id)
    await expect(transition(prisma, id, { action: 'approve', actor: approver, version: await version(id) })).rejects.toThrow('wrongState')
    await transition(prisma, id, { action: 'submitForApproval', actor: specialist, version: await version(id) })
    await transition(prisma, id, { action: 'approve', actor: approver, version: await version(id) })
    row = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    expect(row).toMatchObject({ status: 'RESOLVED', outcome: 'APPROVED', approvalRequestedAt: null })

    await expect(returnResult(prisma, id, clerk, await version(id), null)).rejects.toThrow('itemsRequired')
    const result = await storeUpload(prisma, clerk.id, pdf, 'ket-qua.pdf')
    await returnResult(prisma, id, clerk, await version(id), result.ok ? result.fileId : null)
    row = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    expect(row.status).toBe('RESULT_RETURNED')
    expect(await prisma.dossierDocument.count({ where: { dossierId: id, purpose: 'RESULT' } })).toBe(1)
  })

  it('only assigns specialists of the same agency', async () => {
    const clerk = await staff('motcua.longxuyen@angiang.example')
    const otherSpecialist = await staff('chuyenvien.sotuphap@angiang.example')
    const { id } = await counterDossier()
    await expect(assignDossier(database().prisma, id, clerk, await version(id), otherSpecialist.id)).rejects.toThrow('notAllowed')
  })

  it('allows an apology only for a late dossier, with a new date ahead', async () => {
    const { prisma } = database()
    const clerk = await staff('motcua.longxuyen@angiang.example')
    const { id } = await counterDossier()
    const ahead = new Date(Date.now() + 7 * 86_400_000)
    await expect(transition(prisma, id, { action: 'apologise', actor: clerk, version: await version(id), reason: 'Chậm', newDueAt: ahead })).rejects.toThrow('wrongState')
    await prisma.dossier.update({ where: { id }, data: { dueAt: new Date(Date.now() - 86_400_000) } })
    await expect(transition(prisma, id, { action: 'apologise', actor: clerk, version: await version(id), reason: 'Chậm' })).rejects.toThrow('dateRequired')
    await transition(prisma, id, { action: 'apologise', actor: clerk, version: await version(id), reason: 'Cần xác minh thêm', newDueAt: ahead })
    const row = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    expect(row.dueAt?.getTime()).toBe(ahead.getTime())
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
})

describe('queue', () => {
  it('shows only the staff member’s agency, in due-date order, page after page', async () => {
    const clerk = await staff('motcua.longxuyen@angiang.example')
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
    useSenders([{ channel: 'SMS', send: async () => { throw new Error('provider down') } }])
    await notify(prisma, { userId: null, dossierId: dossier.id, subject: 'Hồ sơ', body: 'Nội dung', phone: '0912000111' })
    expect(await prisma.notification.findFirstOrThrow({ where: { recipient: '0912000111' } })).toMatchObject({ channel: 'SMS', sentAt: null })
    useSenders([])
  })
})
