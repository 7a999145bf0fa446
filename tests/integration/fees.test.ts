// Issue 17: exemptions people are entitled to, cash at the counter, and receipts that are legal.
import { beforeAll, describe, expect, it } from 'vitest'
import type { SessionUser } from '~/auth/session.server.ts'
import { amountInWords } from '~/domain/payments/amount-in-words.ts'
import { transition, TransitionError } from '~/models/dossier.server.ts'
import { startPayment } from '~/models/payments.server.ts'
import { numberReceipt } from '~/models/receipt-books.server.ts'
import * as citizenReceipt from '~/routes/ho-so_.$id.bien-lai.$paymentId.ts'
import * as documentsStep from '~/routes/ho-so_.$id.giay-to.tsx'
import * as staffPage from '~/routes/mot-cua.ho-so.$id._index.tsx'
import * as staffReceipt from '~/routes/mot-cua.ho-so.$id.bien-lai.$paymentId.ts'
import * as sandbox from '~/routes/thanh-toan.sandbox.tsx'
import { approve, counterDossier, staffUser, versionOf } from '../support/dossiers.ts'
import { openDraft, postAnswers, postApplicant, postSubmit } from '../support/filing.ts'
import { pdfSignatures, pdfText } from '../support/pdf-tools.ts'
import { get, logIn, pdfFile, post } from '../support/routes.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const CRIMINAL_RECORD = '2.000488' // 200.000 đồng at submission; students pay half
const CITIZEN = '089090000001'
const JUSTICE_CLERK = 'motcua.sotuphap@angiang.example'
const COMMUNE_CLERK = 'motcua.longxuyen@angiang.example'

const cookies: Record<string, string> = {}
beforeAll(async () => {
  for (const who of [CITIZEN, JUSTICE_CLERK, COMMUNE_CLERK]) cookies[who] = await logIn(database().prisma, who)
})
const citizen = async () => (await database().prisma.user.findFirstOrThrow({ where: { nationalId: CITIZEN } })) as unknown as SessionUser
const dossierOf = (id: string) => database().prisma.dossier.findUniqueOrThrow({ where: { id } })

/** The documents step with every slot filled and, when given, a fee case chosen with (or without) its proof. */
async function postDocuments(id: string, feeCase?: { name: string; proof: boolean }) {
  const page = await get(documentsStep.loader as never, `/ho-so/${id}/giay-to`, { cookie: cookies[CITIZEN], params: { id } })
  const data = page.data as { slots: { id: string }[]; feeCases: { id: string; name: string }[] }
  const form = new FormData()
  for (const slot of data.slots) form.append(`file-${slot.id}`, pdfFile())
  form.append('feeCase', feeCase ? data.feeCases.find((c) => c.name === feeCase.name)!.id : '')
  if (feeCase?.proof) form.append('feeProof', pdfFile('the-sinh-vien.pdf'))
  return post(documentsStep.action as never, `/ho-so/${id}/giay-to`, form, { cookie: cookies[CITIZEN], params: { id } })
}

/** A criminal-record request filed online by a student claiming half the fee. */
async function studentFiles() {
  const cookie = cookies[CITIZEN]!
  const id = await openDraft(cookie, CRIMINAL_RECORD)
  expect((await postApplicant(cookie, id)).status).toBe(302)
  expect((await postAnswers(cookie, id, { request: 'Cấp Phiếu lý lịch tư pháp số 1 để đi học' })).status).toBe(302)
  expect((await postDocuments(id, { name: 'Sinh viên', proof: true })).status).toBe(302)
  expect((await postSubmit(cookie, id)).location).toBe(`/ho-so/${id}/da-nop`)
  return id
}

const staffPost = (id: string, who: string, form: Record<string, string>) => post(staffPage.action as never, `/mot-cua/ho-so/${id}`, form, { cookie: cookies[who], params: { id }, multipart: true })

describe('fee exemptions and reductions', () => {
  it('a student claims half with a proof; the clerk accepts it before receipt; the student pays half', async () => {
    const { prisma } = database()
    const id = await studentFiles()
    const filed = await dossierOf(id)
    expect([filed.feeAmount, filed.feeCaseStatus]).toEqual([200_000, 'CLAIMED'])
    expect(await prisma.dossierDocument.count({ where: { dossierId: id, purpose: 'FEE_PROOF' } })).toBe(1)
    // Nothing is paid, nor received, until the clerk decides.
    expect(await startPayment(prisma, id, await citizen(), '127.0.0.1', 'vn')).toBeNull()
    const clerk = await staffUser(prisma, JUSTICE_CLERK)
    await expect(transition(prisma, id, { action: 'receive', actor: clerk, version: filed.version })).rejects.toEqual(new TransitionError('feeCaseUndecided'))
    const page = await get(staffPage.loader as never, `/mot-cua/ho-so/${id}`, { cookie: cookies[JUSTICE_CLERK], params: { id } })
    expect((page.data as { desk: { mayDecide: boolean; proofs: unknown[] } }).desk).toMatchObject({ mayDecide: true, proofs: [{ fileName: 'the-sinh-vien.pdf' }] })

    const accepted = await staffPost(id, JUSTICE_CLERK, { intent: 'acceptFeeCase', version: String(filed.version) })
    expect(accepted.data).toEqual({ ok: true, intent: 'acceptFeeCase' })
    expect(await dossierOf(id)).toMatchObject({ feeAmount: 100_000, feeBeforeCase: 200_000, feeCaseStatus: 'ACCEPTED' })
    const event = await prisma.dossierEvent.findFirstOrThrow({ where: { dossierId: id, action: 'decideFeeCase' } })
    expect(event.data).toMatchObject({ accepted: true, amount: 100_000, feeBefore: 200_000 })
    expect(await prisma.outboxMessage.count({ where: { payload: { path: ['eventId'], equals: event.id } } })).toBe(1)

    const url = (await startPayment(prisma, id, await citizen(), '127.0.0.1', 'vn'))!
    expect(new URL(url).searchParams.get('vnp_Amount')).toBe('10000000')
    expect((await post(sandbox.action as never, url, { outcome: 'success', bank: 'NCB' })).status).toBe(302)
    await transition(prisma, id, { action: 'receive', actor: clerk, version: await versionOf(prisma, id) })
    expect((await dossierOf(id)).status).toBe('RECEIVED')
  })

  it('asks for the proof of a claimed case, at the step and again at submission', async () => {
    const cookie = cookies[CITIZEN]!
    const id = await openDraft(cookie, CRIMINAL_RECORD)
    await postApplicant(cookie, id)
    await postAnswers(cookie, id, { request: 'Cấp Phiếu lý lịch tư pháp' })
    const refused = await postDocuments(id, { name: 'Người cao tuổi', proof: false })
    expect(refused.status).toBe(400)
    expect((refused.data as { errors: Record<string, string> }).errors).toEqual({ feeProof: 'exemption.errors.proofMissing' })
    expect((await postSubmit(cookie, id)).location).toBe(`/ho-so/${id}/giay-to`)
    // Choosing "none of these" lets the applicant go on at the full fee.
    expect((await postDocuments(id)).status).toBe(302)
    expect(await dossierOf(id)).toMatchObject({ feeCaseId: null, feeCaseStatus: null })
  })

  it('a rejected claim needs a reason the applicant reads, and leaves the full fee', async () => {
    const id = await studentFiles()
    const { version } = await dossierOf(id)
    const bare = await staffPost(id, JUSTICE_CLERK, { intent: 'rejectFeeCase', version: String(version) })
    expect([bare.status, (bare.data as { errors: unknown }).errors]).toEqual([400, { reason: 'errors.transition.reasonRequired' }])
    // Another agency's clerk cannot decide it.
    expect((await staffPost(id, COMMUNE_CLERK, { intent: 'rejectFeeCase', version: String(version), reason: 'x' })).status).toBe(404)
    const rejected = await staffPost(id, JUSTICE_CLERK, { intent: 'rejectFeeCase', version: String(version), reason: 'Thẻ sinh viên đã hết hạn' })
    expect(rejected.data).toEqual({ ok: true, intent: 'rejectFeeCase' })
    expect(await dossierOf(id)).toMatchObject({ feeAmount: 200_000, feeCaseStatus: 'REJECTED' })
    expect((await database().prisma.dossierEvent.findFirstOrThrow({ where: { dossierId: id, action: 'decideFeeCase' } })).note).toBe('Thẻ sinh viên đã hết hạn')
  })
})

describe('cash at the counter', () => {
  it('the clerk takes a counter dossier’s fee in cash, with a receipt; nothing is left to take', async () => {
    const { prisma } = database()
    const clerk = await staffUser(prisma, COMMUNE_CLERK)
    const { id } = await counterDossier(prisma, clerk, '2.000884', { name: 'Nguyễn Văn An', nationalId: CITIZEN })
    const taken = await staffPost(id, COMMUNE_CLERK, { intent: 'collectCash', version: String(await versionOf(prisma, id)) })
    expect(taken.data).toEqual({ ok: true, intent: 'collectCash' })
    const payment = await prisma.payment.findFirstOrThrow({ where: { dossierId: id }, include: { receiptBook: true } })
    expect(payment).toMatchObject({ gateway: 'cash', amount: 10_000, status: 'SUCCEEDED', applied: true, collectedById: clerk.id })
    expect(payment.receiptNumber).toBeGreaterThan(0)
    expect((await dossierOf(id)).paidOnline).toBe(0) // statistics count online payments only
    const again = await staffPost(id, COMMUNE_CLERK, { intent: 'collectCash', version: String(await versionOf(prisma, id)) })
    expect((again.data as { errors: unknown }).errors).toEqual({ form: 'exemption.errors.nothingOwed' })
    // The receipt the clerk prints names the clerk as collector and cash as the way it was paid.
    const receipt = await staffReceipt.loader({
      request: new Request(`http://portal.test/mot-cua/ho-so/${id}/bien-lai/${payment.id}`, { headers: { Cookie: cookies[COMMUNE_CLERK]! } }),
      params: { id, paymentId: payment.id },
      context: {},
    })
    const text = pdfText(new Uint8Array(await receipt.arrayBuffer()))
    for (const part of ['Hình thức thanh toán: Tiền mặt tại Bộ phận Một cửa', 'Số tiền bằng chữ: Mười nghìn đồng.', `NGƯỜI THU TIỀN (Ký bằng chữ ký số của đơn vị) ${clerk.fullName}`])
      expect(text).toContain(part)
  })

  it('cash for a fee due before the result moves the dossier on by the confirmPayment rule (clerk)', async () => {
    const { prisma } = database()
    const clerk = await staffUser(prisma, COMMUNE_CLERK)
    const { id } = await counterDossier(prisma, clerk, '1.012790', { name: 'Nguyễn Văn An', nationalId: CITIZEN })
    await approve(prisma, id, { clerk, specialist: await staffUser(prisma, 'chuyenvien.longxuyen@angiang.example'), approver: await staffUser(prisma, 'lanhdao.longxuyen@angiang.example') })
    expect((await dossierOf(id)).status).toBe('AWAITING_PAYMENT')
    await staffPost(id, COMMUNE_CLERK, { intent: 'collectCash', version: String(await versionOf(prisma, id)) })
    expect((await dossierOf(id)).status).toBe('RESOLVED')
    const event = await prisma.dossierEvent.findFirstOrThrow({ where: { dossierId: id, action: 'confirmPayment' } })
    expect(event).toMatchObject({ actorId: clerk.id, fromStatus: 'AWAITING_PAYMENT', toStatus: 'RESOLVED' })
    expect(event.data).toMatchObject({ amount: 600_000, method: 'CASH' })
  })
})

describe('receipts', () => {
  it('numbers receipts from a sequence without gaps: a failed transaction gives its number back', async () => {
    const { prisma } = database()
    const agency = await prisma.agency.findFirstOrThrow({ where: { name: 'Ủy ban nhân dân Phường Mỹ Thới' } })
    const clerk = await prisma.user.findFirst({ where: { agencyId: agency.id } })
    expect(clerk).toBeNull() // a quiet agency: its book is ours alone
    // Any dossier will carry the payments: the book is chosen by the agency passed in.
    const dossier = await prisma.dossier.findFirstOrThrow()
    const payment = (n: string) =>
      prisma.payment.create({ data: { dossierId: dossier.id, reference: `PGAP${n}${Date.now()}`, gateway: 'cash', amount: 1, status: 'SUCCEEDED', expiresAt: new Date() } })
    const [a, b, c] = [await payment('A'), await payment('B'), await payment('C')]
    const first = await prisma.$transaction((tx) => numberReceipt(tx, a.id, agency.id, new Date()))
    await expect(
      prisma.$transaction(async (tx) => {
        await numberReceipt(tx, b.id, agency.id, new Date())
        throw new Error('the payment could not be recorded')
      }),
    ).rejects.toThrow()
    const next = await prisma.$transaction((tx) => numberReceipt(tx, c.id, agency.id, new Date()))
    expect(next).toBe(first + 1)
  })

  it('the e-receipt carries every field the law asks for, signed, with its verification code', async () => {
    const { prisma } = database()
    const id = await studentFiles()
    await staffPost(id, JUSTICE_CLERK, { intent: 'acceptFeeCase', version: String(await versionOf(prisma, id)) })
    await post(sandbox.action as never, (await startPayment(prisma, id, await citizen(), '127.0.0.1', 'vn'))!, { outcome: 'success', bank: 'VCB' })
    const payment = await prisma.payment.findFirstOrThrow({ where: { dossierId: id, applied: true }, include: { receiptBook: true, dossier: { include: { agency: true } } } })
    const response = await citizenReceipt.loader({
      request: new Request(`http://portal.test/ho-so/${id}/bien-lai/${payment.id}`, { headers: { Cookie: cookies[CITIZEN]! } }),
      params: { id, paymentId: payment.id },
      context: {},
    })
    const bytes = new Uint8Array(await response.arrayBuffer())
    const text = pdfText(bytes)
    const number = String(payment.receiptNumber).padStart(7, '0')
    for (const part of [
      'BIÊN LAI THU PHÍ, LỆ PHÍ',
      `Ký hiệu mẫu biên lai: ${payment.receiptBook!.form}`,
      `Ký hiệu: ${payment.receiptBook!.series}`,
      `Số: ${number}`,
      `Tên đơn vị: Sở Tư pháp tỉnh An Giang`,
      `Mã số thuế: ${payment.dossier.agency.taxCode}`,
      `Địa chỉ: ${payment.dossier.agency.address}`,
      'Họ và tên người nộp: Nguyễn Văn An',
      `Nộp cho hồ sơ số: ${payment.dossier.code}`,
      'Phí cung cấp thông tin lý lịch tư pháp',
      'Miễn, giảm: Sinh viên (50%)',
      'Số tiền bằng số: 100.000 đồng',
      `Số tiền bằng chữ: ${amountInWords(100_000)}.`,
      `Hình thức thanh toán: VNPay, mã giao dịch ${payment.gatewayTransactionNo}, ngân hàng VCB`,
      'Thời điểm thu tiền:',
      'NGƯỜI THU TIỀN',
    ]) {
      expect(text).toContain(part)
    }
    expect(text).toMatch(/Mã xác thực: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)
    expect(pdfSignatures(bytes)).toContain('Signature is Valid')
    // The agency's staff get the same document.
    const forStaff = await staffReceipt.loader({
      request: new Request(`http://portal.test/mot-cua/ho-so/${id}/bien-lai/${payment.id}`, { headers: { Cookie: cookies[JUSTICE_CLERK]! } }),
      params: { id, paymentId: payment.id },
      context: {},
    })
    expect(new Uint8Array(await forStaff.arrayBuffer())).toEqual(bytes)
  })
})
