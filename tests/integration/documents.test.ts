// Issue 18: the documents a province hands out. Every PDF the portal issues is opened with poppler's tools
// (an independent reader): its text has the official parts in order, its signature verifies, and a changed
// byte breaks it. Set FORMS_PNG_DIR to also render each one's pages as PNG for reviewers (docs/forms).
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import type { SessionUser } from '~/auth/session.server.ts'
import { loadFormDocument } from '~/documents/forms.server.ts'
import { issuedBytes } from '~/models/issued-documents.server.ts'
import { transition } from '~/models/dossier.server.ts'
import { personalDocuments } from '~/models/files.server.ts'
import * as counterIntake from '~/routes/mot-cua.tiep-nhan.tsx'
import * as staffDossier from '~/routes/mot-cua.ho-so.$id._index.tsx'
import * as receipt from '~/routes/ho-so_.$id.bien-nhan.ts'
import * as eReceipt from '~/routes/ho-so_.$id.bien-lai.$paymentId.ts'
import * as declaration from '~/routes/ho-so_.$id.to-khai.ts'
import * as blankForm from '~/routes/thu-tuc.$code.mau.$formId.ts'
import * as register from '~/routes/mot-cua.so-theo-doi_.pdf.ts'
import * as verifyIndex from '~/routes/xac-thuc._index.tsx'
import * as verifyCode from '~/routes/xac-thuc.$code.tsx'
import * as documentsStep from '~/routes/ho-so_.$id.giay-to.tsx'
import { today } from '~/domain/calendar/dates.ts'
import { fileStorage } from '~/storage.server.ts'
import { BIRTH_ANSWERS, BIRTH_REGISTRATION, openDraft, postAnswers, postApplicant, postDocuments, postSubmit } from '../support/filing.ts'
import { staffUser, versionOf } from '../support/dossiers.ts'
import { firstMissing, pdfSignatures, pdfText } from '../support/pdf-tools.ts'
import { get, logIn, pdfFile, post } from '../support/routes.ts'
import { useTestDatabase } from './database.ts'

/** Every part appears, in this order. */
const expectInOrder = (text: string, parts: string[]) => expect(firstMissing(text, parts)).toBeNull()

const database = useTestDatabase({ seed: true })
const CLERK = 'motcua.longxuyen@angiang.example'
const SPECIALIST = 'chuyenvien.longxuyen@angiang.example'
const APPROVER = 'lanhdao.longxuyen@angiang.example'
const CITIZEN = '089090000001'
const AGENCY = 'Ủy ban nhân dân Phường Long Xuyên'
const MOTTO = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']

const cookies: Record<string, string> = {}
const staff: Record<string, SessionUser> = {}
beforeAll(async () => {
  for (const who of [CLERK, SPECIALIST, APPROVER, CITIZEN]) cookies[who] = await logIn(database().prisma, who)
  for (const who of [CLERK, SPECIALIST, APPROVER]) staff[who] = await staffUser(database().prisma, who)
})

/** Renders a PDF's pages as PNG into FORMS_PNG_DIR, when asked. */
function renderPng(name: string, pdf: Uint8Array) {
  const target = process.env.FORMS_PNG_DIR
  if (!target) return
  mkdirSync(target, { recursive: true })
  const dir = mkdtempSync(path.join(tmpdir(), 'png-'))
  writeFileSync(path.join(dir, 'f.pdf'), pdf)
  execFileSync('pdftoppm', ['-png', '-r', '70', path.join(dir, 'f.pdf'), path.join(dir, 'page')])
  for (const [i, file] of readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort()
    .entries())
    renameSync(path.join(dir, file), path.join(target, `${name}${i ? `-${i + 1}` : ''}.png`))
  rmSync(dir, { recursive: true, force: true })
}

/** An issued PDF: it verifies, its text has these parts in this order, and one changed byte breaks it. */
function expectIssued(name: string, pdf: Uint8Array, parts: string[]) {
  renderPng(name, pdf)
  const text = pdfText(pdf)
  expectInOrder(text, parts)
  expect(text).toMatch(/Mã xác thực: [0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/)
  expect(pdfSignatures(pdf)).toContain('Signature is Valid')
  const changed = Buffer.from(pdf)
  changed[300] = changed[300]! ^ 0x20
  expect(pdfSignatures(changed)).not.toContain('Signature is Valid')
  return text
}

async function fileBirthRegistration() {
  const agency = await database().prisma.agency.findFirstOrThrow({ where: { name: AGENCY } })
  const cookie = cookies[CITIZEN]!
  const id = await openDraft(cookie, BIRTH_REGISTRATION)
  await postApplicant(cookie, id, { address: 'Số 25 Hai Bà Trưng, Phường Long Xuyên', agencyId: agency.id })
  await postAnswers(cookie, id, BIRTH_ANSWERS)
  await postDocuments(cookie, id)
  expect((await postSubmit(cookie, id)).location).toBe(`/ho-so/${id}/da-nop`)
  return id
}

const act = async (id: string, who: string, input: Omit<Parameters<typeof transition>[2], 'actor' | 'version'>) =>
  transition(database().prisma, id, { ...input, actor: staff[who]!, version: await versionOf(database().prisma, id) })

async function form(id: string, code: string) {
  const request = new Request(`http://portal.test/mot-cua/ho-so/${id}/phieu/${code}`, { headers: { Cookie: cookies[CLERK]! } })
  const loaded = await loadFormDocument(request, { id, form: code })
  return { ...loaded, pdf: new Uint8Array(await issuedBytes(database().prisma, loaded.issued)) }
}

async function pdfOf(handler: unknown, url: string, params: Record<string, string>, cookie?: string) {
  const response = (await (handler as (args: object) => Promise<Response>)({
    request: new Request(`http://portal.test${url}`, { headers: cookie ? { Cookie: cookie } : {} }),
    params,
    context: {},
  })) as Response
  expect(response.status).toBe(200)
  return new Uint8Array(await response.arrayBuffer())
}

describe('forms 01–06 as the official templates', () => {
  let id: string
  let code: string
  beforeAll(async () => {
    id = await fileBirthRegistration()
    await act(id, CLERK, { action: 'receive' })
    await act(id, CLERK, { action: 'requestSupplement', reason: 'Giấy chứng sinh bị mờ', items: ['Giấy chứng sinh bản chính'] })
    await transition(database().prisma, id, {
      action: 'answerSupplement',
      actor: { ...staff[CLERK]!, role: 'CLERK' },
      version: await versionOf(database().prisma, id),
      reason: 'Đã nộp bản chính tại quầy',
    })
    await act(id, CLERK, { action: 'assign', assigneeId: staff[SPECIALIST]!.id })
    await database().prisma.dossier.update({ where: { id }, data: { dueAt: new Date(Date.now() - 86_400_000) } })
    await act(id, CLERK, { action: 'apologise', reason: 'Cần xác minh thêm thông tin', date: new Date(Date.now() + 3 * 86_400_000) })
    await act(id, APPROVER, { action: 'stop', reason: 'Người yêu cầu đề nghị dừng giải quyết' })
    code = (await database().prisma.dossier.findUniqueOrThrow({ where: { id } })).code!
  })

  it('01: the receipt and appointment slip names the documents, not the uploaded files', async () => {
    const { pdf } = await form(id, '01')
    const text = expectIssued('mau-01', pdf, [
      // pdftotext reads the letterhead's left column (issuer, then its number) after the right one's first lines.
      AGENCY.toUpperCase(),
      MOTTO[0]!,
      MOTTO[1]!,
      'Long Xuyên, ngày',
      'Số:',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      `Mã hồ sơ: ${code}`,
      'tiếp nhận hồ sơ của: Nguyễn Văn An',
      'Thành phần hồ sơ',
      'Tờ khai đăng ký khai sinh',
      'Giấy chứng sinh',
      'Thời gian nhận hồ sơ',
      'Thời gian trả kết quả',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Nguyễn Văn An',
      'Lê Thị Cúc',
    ])
    expect(text).not.toContain('giay-to.pdf')
  })

  it('02: the request to supplement lists every item and the reason', async () => {
    expectIssued('mau-02', (await form(id, '02')).pdf, [
      MOTTO[0]!,
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      'Kính gửi: Ông/Bà Nguyễn Văn An',
      'Giấy chứng sinh bản chính',
      'Lý do: Giấy chứng sinh bị mờ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
    ])
  })

  it('04: the apology gives the reason and the new appointment, signed with the seal', async () => {
    expectIssued('mau-04', (await form(id, '04')).pdf, [
      MOTTO[0]!,
      'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      'Kính gửi',
      'Cần xác minh thêm thông tin',
      'hẹn trả kết quả vào ngày',
      'ĐẠI DIỆN CƠ QUAN',
      'đóng dấu',
    ])
  })

  it('05: the notice of stopping', async () => {
    expectIssued('mau-05', (await form(id, '05')).pdf, [MOTTO[0]!, 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ', 'Kính gửi', 'Lý do: Người yêu cầu đề nghị dừng giải quyết', 'THỦ TRƯỞNG CƠ QUAN', 'Võ Minh Đức'])
  })

  it('06: the control sheet shows the declaration and each hand-over; a new step supersedes the earlier sheet', async () => {
    expectIssued('mau-06', (await form(id, '06')).pdf, [
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'Họ, chữ đệm và tên của trẻ',
      'Nguyễn Thị Bé Na',
      'Tên cơ quan',
      'Thời gian giao, nhận hồ sơ',
      'Lê Thị Cúc',
    ])
    const other = await fileBirthRegistration()
    await act(other, CLERK, { action: 'receive' })
    const first = await form(other, '06')
    expect((await form(other, '06')).issued.code).toBe(first.issued.code)
    await act(other, CLERK, { action: 'assign', assigneeId: staff[SPECIALIST]!.id })
    const second = await form(other, '06')
    expect(second.issued.code).not.toBe(first.issued.code)
    const old = await get(verifyCode.loader as never, `/xac-thuc/${first.issued.code}`, { params: { code: first.issued.code } })
    expect(old.data).toMatchObject({ document: { status: 'SUPERSEDED', supersededByCode: second.issued.code } })
  })

  it('03: the refusal gives its reason', async () => {
    const refused = await fileBirthRegistration()
    await act(refused, CLERK, { action: 'refuse', reason: 'Hồ sơ không thuộc thẩm quyền giải quyết' })
    expectIssued('mau-03', (await form(refused, '03')).pdf, [MOTTO[0]!, 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ', 'Kính gửi', 'Hồ sơ không thuộc thẩm quyền giải quyết', 'NGƯỜI TIẾP NHẬN HỒ SƠ'])
  })

  it('07: the register lists the agency’s dossiers over a period', async () => {
    const pdf = await pdfOf(register.loader, `/mot-cua/so-theo-doi/pdf?tu=2026-01-01&den=${today()}`, {}, cookies[CLERK])
    expectIssued('mau-07', pdf, [
      AGENCY.toUpperCase(),
      MOTTO[0]!,
      'SỔ THEO DÕI HỒ SƠ',
      'Từ ngày 01/01/2026',
      'Mã hồ sơ',
      'Tên thủ tục hành chính',
      'Nhận hồ sơ',
      'Hẹn trả kết quả',
      'Trả kết quả',
      code,
    ])
    const bad = await get(register.loader as never, '/mot-cua/so-theo-doi/pdf?tu=2026-02-30&den=2026-03-01', { cookie: cookies[CLERK] })
    expect(bad.status).toBe(400)
  })
})

describe('receipts and declaration forms', () => {
  it('issues the online submission receipt signed, with its code', async () => {
    const id = await fileBirthRegistration()
    const pdf = await pdfOf(receipt.loader, `/ho-so/${id}/bien-nhan`, { id }, cookies[CITIZEN])
    expectIssued('bien-nhan', pdf, [AGENCY.toUpperCase(), MOTTO[0]!, 'GIẤY BIÊN NHẬN HỒ SƠ TRỰC TUYẾN', 'Nguyễn Văn An', 'Tờ khai đăng ký khai sinh'])
    // Asked again: the same document, not a new one.
    expect(await pdfOf(receipt.loader, `/ho-so/${id}/bien-nhan`, { id }, cookies[CITIZEN])).toEqual(pdf)
  })

  it('issues the e-receipt of an online payment signed, with its code', async () => {
    const { prisma } = database()
    const payment = await prisma.payment.findFirstOrThrow({ where: { status: 'SUCCEEDED', dossier: { applicant: { nationalId: CITIZEN } } } })
    const pdf = await pdfOf(eReceipt.loader, `/ho-so/${payment.dossierId}/bien-lai/${payment.id}`, { id: payment.dossierId, paymentId: payment.id }, cookies[CITIZEN])
    expectIssued('bien-lai', pdf, [MOTTO[0]!, 'BIÊN LAI THU PHÍ, LỆ PHÍ', payment.gatewayTransactionNo ?? payment.reference])
  })

  it('draws the blank birth-registration declaration from the questions the wizard asks', async () => {
    const procedure = await database().prisma.procedure.findUniqueOrThrow({ where: { code: BIRTH_REGISTRATION }, include: { forms: true } })
    const pdf = await pdfOf(blankForm.loader, `/thu-tuc/${BIRTH_REGISTRATION}/mau/${procedure.forms[0]!.id}`, { code: BIRTH_REGISTRATION, formId: procedure.forms[0]!.id })
    renderPng('to-khai-khai-sinh', pdf)
    expectInOrder(pdfText(pdf), [
      ...MOTTO,
      'TỜ KHAI ĐĂNG KÝ KHAI SINH',
      'Kính gửi',
      'THÔNG TIN NGƯỜI YÊU CẦU',
      'Họ, chữ đệm và tên của trẻ',
      'Ngày, tháng, năm sinh',
      'Giới tính',
      'Nữ',
      'Nam',
      'Nơi sinh',
      'Họ, chữ đệm và tên người mẹ',
      'GIẤY TỜ KÈM THEO',
      'Giấy chứng sinh',
      'cam đoan',
      'NGƯỜI YÊU CẦU',
    ])
  })

  it('fills the declaration in with what the applicant declared', async () => {
    const id = await fileBirthRegistration()
    const pdf = await pdfOf(declaration.loader, `/ho-so/${id}/to-khai`, { id }, cookies[CITIZEN])
    renderPng('to-khai-da-dien', pdf)
    expectInOrder(pdfText(pdf), [
      'TỜ KHAI ĐĂNG KÝ KHAI SINH',
      `Kính gửi: ${AGENCY}`,
      'Nguyễn Văn An',
      'Họ, chữ đệm và tên của trẻ: Nguyễn Thị Bé Na',
      '20/11/2026',
      'Giới tính: Nữ',
      'Trần Thị Bình',
      'NGƯỜI YÊU CẦU',
      'Nguyễn Văn An',
    ])
  })
})

describe('the signed result: verified, kept in the citizen’s store, reused as an original', () => {
  let id: string
  let signed: Uint8Array
  let code: string
  beforeAll(async () => {
    const { prisma } = database()
    id = await fileBirthRegistration()
    await act(id, CLERK, { action: 'receive' })
    await act(id, CLERK, { action: 'assign', assigneeId: staff[SPECIALIST]!.id })
    const draft = new Uint8Array(
      await import('~/documents/pdf.server.ts').then((m) =>
        m.renderPdf('Trích lục khai sinh', [
          { kind: 'title', text: 'Trích lục khai sinh' },
          { kind: 'paragraph', text: 'Họ và tên: Nguyễn Thị Bé Na' },
        ]),
      ),
    )
    await act(id, SPECIALIST, {
      action: 'submitForApproval',
      reason: 'Đề nghị cấp',
      uploads: [{ bytes: draft, fileName: 'trich-luc.pdf', contentType: 'application/pdf', sha256: (await import('~/storage.server.ts')).sha256(draft) }],
    })
    await act(id, APPROVER, { action: 'approve' })
    await act(id, CLERK, { action: 'returnResult' })
    const result = await prisma.dossierDocument.findFirstOrThrow({ where: { dossierId: id, purpose: 'RESULT' }, include: { file: true } })
    signed = new Uint8Array(await fileStorage().get(result.file.storageKey))
    code = (await prisma.issuedDocument.findFirstOrThrow({ where: { dossierId: id, kind: 'RESULT' } })).code
    renderPng('ket-qua', signed)
  })

  it('shows what the document is at /xac-thuc/<code>, and whether an uploaded copy matches', async () => {
    const page = await get(verifyCode.loader as never, `/xac-thuc/${code}`, { params: { code } })
    expect(page.data).toMatchObject({ document: { code, kind: 'RESULT', agency: AGENCY, status: 'VALID', testCertificate: true, holder: 'Nguyễn V. A.' } })
    const compare = (bytes: Uint8Array) => {
      const body = new FormData()
      body.append('intent', 'compare')
      body.append('file', new File([new Uint8Array(bytes)], 'ket-qua.pdf', { type: 'application/pdf' }))
      return post(verifyCode.action as never, `/xac-thuc/${code}`, body, { params: { code } })
    }
    expect((await compare(signed)).data).toMatchObject({ matches: true })
    const changed = Buffer.from(signed)
    changed[400] = changed[400]! ^ 0x01
    expect((await compare(changed)).data).toMatchObject({ matches: false })
    // Typed loosely, the code still leads to the page; something that is not a code is a 400.
    expect((await get(verifyIndex.loader as never, `/xac-thuc?ma=${code.toLowerCase().replace(/-/g, ' ')}`)).location).toBe(`/xac-thuc/${code}`)
    expect((await get(verifyIndex.loader as never, '/xac-thuc?ma=abc')).status).toBe(400)
  })

  it('finds the document from the file alone, and says when a file is not one', async () => {
    const upload = (bytes: Uint8Array) => {
      const body = new FormData()
      body.append('file', new File([new Uint8Array(bytes)], 'tep.pdf'))
      return post(verifyIndex.action as never, '/xac-thuc', body)
    }
    expect((await upload(signed)).location).toBe(`/xac-thuc/${code}?tep=khop`)
    expect((await upload(new TextEncoder().encode('%PDF-1.4\n% khac\n'))).data).toMatchObject({ notIssued: true })
    expect((await post(verifyIndex.action as never, '/xac-thuc', new FormData())).status).toBe(400)
  })

  it('keeps the result in the citizen’s store, reusable in a new dossier, where the clerk sees an issued original', async () => {
    const { prisma } = database()
    const citizen = await prisma.user.findUniqueOrThrow({ where: { nationalId: CITIZEN } })
    const store = await personalDocuments(prisma, citizen.id)
    const original = store.find((d) => d.issued?.code === code)
    expect(original).toBeTruthy()
    const next = await openDraft(cookies[CITIZEN]!, BIRTH_REGISTRATION)
    await postApplicant(cookies[CITIZEN]!, next, { address: 'Số 25 Hai Bà Trưng, Phường Long Xuyên', agencyId: (await prisma.agency.findFirstOrThrow({ where: { name: AGENCY } })).id })
    await postAnswers(cookies[CITIZEN]!, next, BIRTH_ANSWERS)
    const slots = ((await get(documentsStep.loader as never, `/ho-so/${next}/giay-to`, { cookie: cookies[CITIZEN], params: { id: next } })).data as { slots: { id: string }[] }).slots
    const body = new FormData()
    body.append(`reuse-${slots[0]!.id}`, original!.id)
    for (const slot of slots.slice(1)) body.append(`file-${slot.id}`, pdfFile())
    expect((await post(documentsStep.action as never, `/ho-so/${next}/giay-to`, body, { cookie: cookies[CITIZEN], params: { id: next } })).status).toBe(302)
    expect((await postSubmit(cookies[CITIZEN]!, next)).status).toBe(302)
    const page = (await get(staffDossier.loader as never, `/mot-cua/ho-so/${next}`, { cookie: cookies[CLERK], params: { id: next } })).data as {
      documents: { purpose: string; items: { original: { code: string } | null }[] }[]
    }
    const application = page.documents.find((g) => g.purpose === 'APPLICATION')!.items
    expect(application.map((d) => d.original?.code ?? null)).toContain(code)
    expect(application.filter((d) => !d.original).length).toBe(slots.length - 1)
  })

  it('lets the issuing agency’s leader revoke it, and the page then says so', async () => {
    const clerkTry = new FormData()
    clerkTry.append('intent', 'revoke')
    clerkTry.append('reason', 'Nhầm')
    expect((await post(verifyCode.action as never, `/xac-thuc/${code}`, clerkTry, { cookie: cookies[CLERK], params: { code } })).status).toBe(403)
    const body = new FormData()
    body.append('intent', 'revoke')
    body.append('reason', 'Cấp nhầm người')
    expect((await post(verifyCode.action as never, `/xac-thuc/${code}`, body, { cookie: cookies[APPROVER], params: { code } })).status).toBe(200)
    const page = await get(verifyCode.loader as never, `/xac-thuc/${code}`, { params: { code } })
    expect(page.data).toMatchObject({ document: { status: 'REVOKED', revokedReason: 'Cấp nhầm người' } })
  })
})

describe('digitisation at the desk', () => {
  it('is true only when every document received on paper was scanned', async () => {
    const { prisma } = database()
    const procedure = await prisma.procedure.findUniqueOrThrow({ where: { code: BIRTH_REGISTRATION }, include: { documents: true } })
    const intake = async (nationalId: string, scans: number) => {
      const body = new FormData()
      const fields: Record<string, string> = {
        procedureCode: BIRTH_REGISTRATION,
        applicantName: 'Tô Thị Hạnh',
        applicantNationalId: nationalId,
        applicantPhone: '0918333444',
        applicantAddress: 'Số 3 Lý Thái Tổ, Phường Long Xuyên',
        delivery: 'DESK',
        ...BIRTH_ANSWERS,
      }
      for (const [k, v] of Object.entries(fields)) body.append(k, v)
      for (const [i, doc] of procedure.documents.entries()) {
        body.append(`received-${doc.id}`, 'on')
        if (i < scans) body.append(`scan-${doc.id}`, pdfFile())
      }
      expect((await post(counterIntake.action as never, '/mot-cua/tiep-nhan', body, { cookie: cookies[CLERK] })).status).toBe(302)
      return prisma.dossier.findFirstOrThrow({ where: { applicantNationalId: nationalId } })
    }
    expect((await intake('089190005501', procedure.documents.length)).digitised).toBe(true)
    expect((await intake('089190005502', 1)).digitised).toBe(false)
  })
})
