import { describe, expect, it } from 'vitest'
import type { SessionUser } from '~/auth/session.server.ts'
import { filerScope } from '~/auth/access.server.ts'
import { receiptInclude, submissionReceipt } from '~/documents/receipts.server.ts'
import { serverI18n } from '~/i18n/i18n.server.ts'
import { getDraft, saveDraft, submitDraft } from '~/models/dossier.server.ts'
import { attachToDraft, storeUpload } from '~/models/files.server.ts'
import { useSenders } from '~/models/notifications.server.ts'
import { claimOffers, confirmClaim, linkVerifiedDossiers, sendClaimCode } from '~/models/dossier-claims.server.ts'
import { confirmConsentCode, findPerson, getPerson, peopleHelped, recordPaperConsent, registerPerson, sendConsentCode, startAssistedDraft } from '~/models/support.server.ts'
import { answersFor } from '../support/dossiers.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const pdf = new TextEncoder().encode('%PDF-1.4 consent')
const person = { fullName: 'Nguyễn Thị Tư', nationalId: '089050001234', dateOfBirth: '1950-03-08', phone: '0913000444' }

async function staffOf(pointCode: string): Promise<SessionUser> {
  const { prisma } = database()
  const existing = await prisma.user.findFirst({ where: { role: 'SUPPORT_STAFF', supportPoint: { code: pointCode } } })
  if (existing) return existing as unknown as SessionUser
  const point = await prisma.supportPoint.findUniqueOrThrow({ where: { code: pointCode } })
  return (await prisma.user.create({
    data: { role: 'SUPPORT_STAFF', fullName: 'Nhân viên Châu Đốc', email: `hotro.${pointCode}@angiang.example`, supportPointId: point.id },
  })) as unknown as SessionUser
}

/** Files "Đăng ký khai sinh" for a consenting person as the staff member, with a PDF in every document slot. */
async function fileBirthFor(staff: SessionUser, personId: string) {
  const { prisma } = database()
  const { id } = (await startAssistedDraft(prisma, staff, personId, '1.001193'))!
  let draft = (await getDraft(prisma, id, staff))!
  await saveDraft(prisma, draft, { applicant: { address: 'Số 3 Lý Thái Tổ, Phường Long Xuyên', agencyId: draft.agencyId }, answers: answersFor(draft.procedure.formSchema) })
  for (const slot of draft.procedure.documents) {
    const file = await storeUpload(prisma, staff.id, pdf, `${slot.name}.pdf`)
    await attachToDraft(prisma, id, staff.id, slot.id, file.ok ? file.fileId : '')
  }
  draft = (await getDraft(prisma, id, staff))!
  const { code } = await submitDraft(prisma, draft, staff, crypto.randomUUID())
  return { id, code }
}

describe('support points', () => {
  it('record consent by an SMS code the person reads back, and refuse a wrong code', async () => {
    const { prisma } = database()
    const staff = await staffOf('DHT-LX-01')
    const registered = (await registerPerson(prisma, staff, person))!
    const texts: string[] = []
    useSenders([{ channel: 'SMS', send: async (_to, _subject, body) => void texts.push(body) }])
    await sendConsentCode(prisma, staff, registered.id)
    useSenders([])
    const code = texts[0]!.match(/\d{6}/)![0]
    expect(await confirmConsentCode(prisma, staff, registered.id, code === '000000' ? '111111' : '000000')).toEqual({ ok: false, reason: 'wrong' })
    expect(await confirmConsentCode(prisma, staff, registered.id, code)).toMatchObject({ ok: true })
    expect((await getPerson(prisma, staff, registered.id))?.consentMethod).toBe('SMS_CODE')
    expect(await confirmConsentCode(prisma, staff, registered.id, code)).toEqual({ ok: false, reason: 'used' })
    const stored = await prisma.oneTimeCode.findFirstOrThrow({ where: { purpose: 'CONSENT', subject: registered.id } })
    expect(stored.codeHash).not.toContain(code)
  })

  it('kill a consent code after five wrong tries, and after ten minutes', async () => {
    const { prisma } = database()
    const staff = await staffOf('DHT-LX-01')
    const registered = (await registerPerson(prisma, staff, { ...person, nationalId: '089050002345', phone: '0913000555' }))!
    const texts: string[] = []
    useSenders([{ channel: 'SMS', send: async (_to, _subject, body) => void texts.push(body) }])
    await sendConsentCode(prisma, staff, registered.id)
    const code = texts[0]!.match(/\d{6}/)![0]
    const wrong = code === '000000' ? '111111' : '000000'
    const reasons = []
    for (let i = 0; i < 5; i++) reasons.push((await confirmConsentCode(prisma, staff, registered.id, wrong)) as { reason: string })
    expect(reasons.map((r) => r.reason)).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'exhausted'])
    expect(await confirmConsentCode(prisma, staff, registered.id, code)).toEqual({ ok: false, reason: 'exhausted' })

    await sendConsentCode(prisma, staff, registered.id)
    useSenders([])
    const fresh = texts[1]!.match(/\d{6}/)![0]
    await prisma.oneTimeCode.updateMany({ where: { purpose: 'CONSENT', subject: registered.id }, data: { expiresAt: new Date(Date.now() - 1) } })
    expect(await confirmConsentCode(prisma, staff, registered.id, fresh)).toEqual({ ok: false, reason: 'expired' })
    expect((await getPerson(prisma, staff, registered.id))?.consentAt).toBeNull()
  })

  it('file only for people who consented, with channel SUPPORT_POINT and the person’s details', async () => {
    const { prisma } = database()
    const staff = await staffOf('DHT-LX-01')
    const other = (await registerPerson(prisma, staff, { ...person, nationalId: '089050009999', fullName: 'Lê Văn Năm' }))!
    expect(await startAssistedDraft(prisma, staff, other.id, '1.001193')).toBeNull()
    const upload = await storeUpload(prisma, staff.id, pdf, 'dong-y.pdf')
    await recordPaperConsent(prisma, staff, other.id, upload.ok ? upload.fileId : '')

    const { id, code } = await fileBirthFor(staff, other.id)
    const dossier = await prisma.dossier.findUniqueOrThrow({ where: { id } })
    expect(dossier).toMatchObject({ channel: 'SUPPORT_POINT', status: 'SUBMITTED', applicantName: 'Lê Văn Năm', applicantNationalId: '089050009999', applicantId: null, filedById: staff.id })
    expect(code).toBeTruthy()
  })

  it('give a receipt naming the point and the staff member, how the person follows it and what is still to pay', async () => {
    const { prisma } = database()
    const dossier = await prisma.dossier.findFirstOrThrow({
      where: { applicantNationalId: '089050009999', code: { not: null } },
      include: { ...receiptInclude, documents: { include: { requiredDocument: { select: { name: true } } } } },
    })
    const { t } = await serverI18n('vi')
    const text = (d: typeof dossier) =>
      submissionReceipt(d, t, 'https://dichvucong.angiang.example/tra-cuu')
        .blocks.map((b) => ('label' in b ? `${b.label}: ${b.value}` : 'text' in b ? b.text : ''))
        .join('\n')
    const receipt = text(dossier)
    expect(receipt).toContain('Nộp tại điểm hỗ trợ: Điểm hỗ trợ dịch vụ công – Bưu điện Long Xuyên, Số 11 Ngô Gia Tự')
    expect(receipt).toContain('Nhân viên hỗ trợ: Đặng Văn Giang')
    expect(receipt).toContain(`https://dichvucong.angiang.example/tra-cuu bằng mã hồ sơ ${dossier.code}`)
    expect(receipt).toContain('Phí, lệ phí còn phải nộp: Không còn khoản nào phải nộp')
    const withFee = { ...dossier, feeAmount: 8000, procedure: { ...dossier.procedure, paymentTiming: 'BEFORE_RESULT' as const } }
    expect(text(withFee)).toContain('Phí, lệ phí còn phải nộp: 8.000 đồng, nộp trước khi nhận kết quả')
    expect(text({ ...withFee, payments: [{ status: 'SUCCEEDED' as const }] })).toContain('Không còn khoản nào phải nộp')
  })

  it('keep one point’s people and dossiers from another point’s staff', async () => {
    const { prisma } = database()
    const longXuyen = await staffOf('DHT-LX-01')
    const chauDoc = await staffOf('DHT-CD-01')
    const theirs = await findPerson(prisma, longXuyen, '089050009999')
    expect(theirs).not.toBeNull()
    expect(await findPerson(prisma, chauDoc, '089050009999')).toBeNull()
    expect(await getPerson(prisma, chauDoc, theirs!.id)).toBeNull()
    expect((await peopleHelped(prisma, chauDoc)).map((p) => p.id)).not.toContain(theirs!.id)
    expect(await startAssistedDraft(prisma, chauDoc, theirs!.id, '1.001193')).toBeNull()
    const dossier = await prisma.dossier.findFirstOrThrow({ where: { assistedPersonId: theirs!.id } })
    expect(await prisma.dossier.findFirst({ where: { id: dossier.id, ...filerScope(chauDoc) } })).toBeNull()
    expect(await prisma.dossier.findFirst({ where: { id: dossier.id, ...filerScope(longXuyen) } })).not.toBeNull()
  })

  it('give the dossier to an account that typed the same CCCD and phone only with a code sent to the dossier’s phone', async () => {
    const { prisma } = database()
    const dossier = await prisma.dossier.findFirstOrThrow({ where: { applicantNationalId: '089050009999', code: { not: null } } })
    const stranger = (await prisma.user.create({
      data: { role: 'CITIZEN', fullName: 'Người khác', nationalId: '089050009999', phone: '0913000444' },
    })) as unknown as SessionUser
    expect(await linkVerifiedDossiers(prisma, stranger)).toBe(0)
    const [offer] = await claimOffers(prisma, stranger)
    expect(offer).toMatchObject({ id: dossier.id, channel: 'SUPPORT_POINT', phone: '09******44', codeSent: false })
    expect(offer).not.toHaveProperty('procedure')

    const texts: { to: string; body: string }[] = []
    useSenders([{ channel: 'SMS', send: async (to, _subject, body) => void texts.push({ to, body }) }])
    expect(await sendClaimCode(prisma, stranger, dossier.id)).toEqual({ allowed: true })
    useSenders([])
    expect(texts[0]!.to).toBe('0913000444')
    const code = texts[0]!.body.match(/\d{6}/)![0]
    expect(await confirmClaim(prisma, stranger, dossier.id, code === '000000' ? '111111' : '000000')).toEqual({ ok: false, reason: 'wrong' })
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).applicantId).toBeNull()
    expect(await confirmClaim(prisma, stranger, dossier.id, code)).toMatchObject({ ok: true })
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).applicantId).toBe(stranger.id)
    expect(await prisma.dossierEvent.findFirst({ where: { dossierId: dossier.id, action: 'claim' } })).toMatchObject({ actorId: stranger.id })
    expect(await confirmClaim(prisma, stranger, dossier.id, code)).toBeNull() // once only: it is no longer waiting
  })

  it('link the dossiers filed for a CCCD to the e-ID-verified account of that CCCD, and to nobody else', async () => {
    const { prisma } = database()
    const staff = await staffOf('DHT-LX-01')
    const other = (await registerPerson(prisma, staff, { ...person, nationalId: '089050003456', fullName: 'Phạm Thị Sáu' }))!
    const upload = await storeUpload(prisma, staff.id, pdf, 'dong-y.pdf')
    await recordPaperConsent(prisma, staff, other.id, upload.ok ? upload.fileId : '')
    const { id } = (await startAssistedDraft(prisma, staff, other.id, '1.001193'))!
    let draft = (await getDraft(prisma, id, staff))!
    await saveDraft(prisma, draft, { applicant: { address: 'Số 3 Lý Thái Tổ', agencyId: draft.agencyId }, answers: answersFor(draft.procedure.formSchema) })
    for (const slot of draft.procedure.documents) {
      const file = await storeUpload(prisma, staff.id, pdf, `${slot.name}.pdf`)
      await attachToDraft(prisma, id, staff.id, slot.id, file.ok ? file.fileId : '')
    }
    draft = (await getDraft(prisma, id, staff))!
    await submitDraft(prisma, draft, staff, crypto.randomUUID())

    const selfDeclared = { id: 'x', nationalId: '089050003456', identityLevel: 'SELF_DECLARED' as const }
    expect(await linkVerifiedDossiers(prisma, selfDeclared)).toBe(0)
    const verified = await prisma.user.create({ data: { role: 'CITIZEN', fullName: 'Phạm Thị Sáu', nationalId: '089050003456', identityLevel: 'VERIFIED' } })
    expect(await linkVerifiedDossiers(prisma, verified)).toBe(1)
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id } })).applicantId).toBe(verified.id)
    expect(await claimOffers(prisma, verified)).toEqual([])
    expect(await sendClaimCode(prisma, verified, id)).toBeNull()
  })
})
