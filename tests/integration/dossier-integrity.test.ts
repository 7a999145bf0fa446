// Issue 14: the agency decides on exactly what the citizen declared, and a refused action changes nothing.
// Each block drives the pages' own loaders and actions, as a browser would, on a real database.
import { beforeAll, describe, expect, it } from 'vitest'
import * as staffDossier from '~/routes/mot-cua.ho-so.$id._index.tsx'
import * as staffQueue from '~/routes/mot-cua._index.tsx'
import * as counterIntake from '~/routes/mot-cua.tiep-nhan.tsx'
import * as ownDossier from '~/routes/ho-so.$id._index.tsx'
import * as checkStep from '~/routes/ho-so_.$id.kiem-tra.tsx'
import * as applicantStep from '~/routes/ho-so_.$id.nguoi-nop.tsx'
import * as holidays from '~/routes/quan-tri.ngay-nghi.tsx'
import * as supportPerson from '~/routes/ho-tro._index.tsx'
import { loadFormDocument } from '~/documents/forms.server.ts'
import { renderPdf } from '~/documents/pdf.server.ts'
import { fileStorage, sha256 } from '~/storage.server.ts'
import { pdfAttachments, pdfSignatures, pdfText } from '../support/pdf-tools.ts'
import { BIRTH_ANSWERS, BIRTH_REGISTRATION, openDraft, postAnswers, postApplicant, postDocuments, postSubmit } from '../support/filing.ts'
import { get, logIn, pdfFile, post } from '../support/routes.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const CLERK = 'motcua.longxuyen@angiang.example'
const SPECIALIST = 'chuyenvien.longxuyen@angiang.example'
const APPROVER = 'lanhdao.longxuyen@angiang.example'
const CITIZEN = '089090000001'

const cookies: Record<string, string> = {}
beforeAll(async () => {
  for (const who of [CLERK, SPECIALIST, APPROVER, CITIZEN, 'admin@angiang.example', 'hotro.longxuyen@angiang.example']) cookies[who] = await logIn(database().prisma, who)
})

const staffPage = (id: string, who = CLERK) => get(staffDossier.loader as never, `/mot-cua/ho-so/${id}`, { cookie: cookies[who], params: { id } })
const citizenPage = (id: string) => get(ownDossier.loader as never, `/ho-so/${id}`, { cookie: cookies[CITIZEN], params: { id } })
const version = async (id: string) => String((await database().prisma.dossier.findUniqueOrThrow({ where: { id } })).version)

function staffAct(id: string, who: string, form: Record<string, string>, files: File[] = []) {
  const body = new FormData()
  for (const [k, v] of Object.entries(form)) body.append(k, v)
  for (const file of files) body.append('files', file)
  return post(staffDossier.action as never, `/mot-cua/ho-so/${id}`, body, { cookie: cookies[who], params: { id } })
}

async function act(id: string, who: string, form: Record<string, string>, files: File[] = []) {
  return staffAct(id, who, { version: await version(id), ...form }, files)
}

/** A birth registration filed online for Phường Long Xuyên. */
async function fileBirthRegistration() {
  const { prisma } = database()
  const agency = await prisma.agency.findFirstOrThrow({ where: { name: 'Ủy ban nhân dân Phường Long Xuyên' } })
  const id = await openDraft(cookies[CITIZEN]!, BIRTH_REGISTRATION)
  expect((await postApplicant(cookies[CITIZEN]!, id, { address: 'Số 25 Hai Bà Trưng, Phường Long Xuyên', agencyId: agency.id })).status).toBe(302)
  expect((await postAnswers(cookies[CITIZEN]!, id, BIRTH_ANSWERS)).status).toBe(302)
  expect((await postDocuments(cookies[CITIZEN]!, id)).status).toBe(302)
  expect((await postSubmit(cookies[CITIZEN]!, id)).location).toBe(`/ho-so/${id}/da-nop`)
  return id
}

/** Filed, received and handed to the Long Xuyên specialist. */
async function assignedDossier() {
  const { prisma } = database()
  const id = await fileBirthRegistration()
  expect((await act(id, CLERK, { intent: 'receive' })).status).toBe(200)
  const specialist = await prisma.user.findUniqueOrThrow({ where: { email: SPECIALIST } })
  expect((await act(id, CLERK, { intent: 'assign', assigneeId: specialist.id })).status).toBe(200)
  return id
}

describe('1. staff see what the applicant declared', () => {
  it('shows every answer, with option labels and dates as dd/mm/yyyy, to the clerk, the citizen and on form 06', async () => {
    const id = await fileBirthRegistration()
    const expected = ['Họ, chữ đệm và tên của trẻ', 'Nguyễn Thị Bé Na', '20/11/2026', 'Nữ', 'Bệnh viện Đa khoa tỉnh An Giang', 'Trần Thị Bình', 'Cha']
    const staff = JSON.stringify((await staffPage(id)).data)
    const citizen = JSON.stringify((await citizenPage(id)).data)
    const request = new Request(`http://portal.test/mot-cua/ho-so/${id}/phieu/06`, { headers: { Cookie: cookies[CLERK]! } })
    const form06 = JSON.stringify((await loadFormDocument(request, { id, form: '06' })).document.blocks)
    for (const text of expected) {
      expect(staff, `clerk sees ${text}`).toContain(text)
      expect(citizen, `citizen sees ${text}`).toContain(text)
      expect(form06, `form 06 shows ${text}`).toContain(text)
    }
    expect(staff).not.toContain('2026-11-20')
  })
})

describe('2. submission checks every step again', () => {
  it('refuses a draft whose required answers were never given, and leads back to the questions', async () => {
    const cookie = cookies[CITIZEN]!
    const id = await openDraft(cookie, BIRTH_REGISTRATION)
    await postApplicant(cookie, id)
    await postDocuments(cookie, id)
    const submitted = await postSubmit(cookie, id)
    expect(submitted.location).toBe(`/ho-so/${id}/thong-tin`)
    expect((await database().prisma.dossier.findUniqueOrThrow({ where: { id } })).status).toBe('DRAFT')
    const review = (await get(checkStep.loader as never, `/ho-so/${id}/kiem-tra`, { cookie, params: { id } })).data as { complete: boolean }
    expect(review.complete).toBe(false)
  })
})

describe('3. only real dates in a sensible range', () => {
  it('refuses 30/02, a birth in the future and an unreal month in the answers', async () => {
    const cookie = cookies[CITIZEN]!
    const id = await openDraft(cookie, BIRTH_REGISTRATION)
    for (const birthDate of ['2026-02-30', '2099-01-01', '2026-13-01']) {
      const answered = await postAnswers(cookie, id, { ...BIRTH_ANSWERS, birthDate })
      expect(answered.status, birthDate).toBe(400)
      expect((answered.data as { errors: Record<string, string> }).errors.birthDate, birthDate).toMatch(/^errors\.date\./)
    }
  })

  it('shows a date answer as dd/mm/yyyy on the review page', async () => {
    const cookie = cookies[CITIZEN]!
    const id = await openDraft(cookie, BIRTH_REGISTRATION)
    await postAnswers(cookie, id, { ...BIRTH_ANSWERS, birthDate: '2026-03-01' })
    const review = JSON.stringify((await get(checkStep.loader as never, `/ho-so/${id}/kiem-tra`, { cookie, params: { id } })).data)
    expect(review).toContain('01/03/2026')
    expect(review).not.toContain('2026-03-01')
  })

  it('refuses a holiday on 31/02 instead of storing 03/03', async () => {
    const typed = await post(
      holidays.action as never,
      '/quan-tri/ngay-nghi',
      { intent: 'add', date: '2026-02-31', name: 'Ngày không có', kind: 'DAY_OFF' },
      { cookie: cookies['admin@angiang.example'] },
    )
    expect(typed.status).toBe(400)
    expect(await database().prisma.holiday.count({ where: { date: new Date('2026-03-03T00:00:00Z') } })).toBe(0)
  })

  it('answers an apology dated 2099-13-01 with a message, not a 500', async () => {
    const { prisma } = database()
    const id = await fileBirthRegistration()
    await act(id, CLERK, { intent: 'receive' })
    await prisma.dossier.update({ where: { id }, data: { dueAt: new Date(Date.now() - 86_400_000) } })
    const apology = await act(id, CLERK, { intent: 'apologise', reason: 'Cần xác minh thêm', newDueDate: '2099-13-01' })
    expect(apology.status).toBe(400)
    expect((apology.data as { errors: Record<string, string> }).errors.newDueDate).toMatch(/^errors\.date\./)
  })

  it('refuses a support-point person born on 30/02', async () => {
    const registered = await post(
      supportPerson.action as never,
      '/ho-tro',
      { intent: 'register', fullName: 'Lê Văn Tư', nationalId: '089080001111', dateOfBirth: '1980-02-30', phone: '0912111222' },
      { cookie: cookies['hotro.longxuyen@angiang.example'] },
    )
    expect(registered.status).toBe(400)
  })
})

describe('4. a refused action writes nothing', () => {
  it('a specialist returning a result on a submitted dossier leaves no file behind', async () => {
    const { prisma } = database()
    const id = await fileBirthRegistration()
    const filesBefore = await prisma.storedFile.count()
    const refused = await act(id, SPECIALIST, { intent: 'returnResult' }, [pdfFile('ket-qua-gia.pdf')])
    expect(refused.status).toBe(400)
    expect(await prisma.dossierDocument.count({ where: { dossierId: id, purpose: 'RESULT' } })).toBe(0)
    expect(await prisma.storedFile.count()).toBe(filesBefore)
    const citizen = (await citizenPage(id)).data as { dossier: { documents: { purpose: string }[] } }
    expect(citizen.dossier.documents.filter((d) => d.purpose === 'RESULT')).toEqual([])
  })

  it('a refused supplement answer attaches nothing', async () => {
    const { prisma } = database()
    const id = await fileBirthRegistration()
    const filesBefore = await prisma.storedFile.count()
    const body = new FormData()
    body.append('intent', 'answerSupplement')
    body.append('version', await version(id))
    body.append('supplement', pdfFile('bo-sung.pdf'))
    const refused = await post(ownDossier.action as never, `/ho-so/${id}`, body, { cookie: cookies[CITIZEN], params: { id } })
    expect(refused.status).toBe(400)
    expect(await prisma.dossierDocument.count({ where: { dossierId: id, purpose: 'SUPPLEMENT' } })).toBe(0)
    expect(await prisma.storedFile.count()).toBe(filesBefore)
  })
})

describe('5. approval is of a document', () => {
  it('returns the signed version of exactly the draft the leader approved, after one rework', async () => {
    const { prisma } = database()
    const id = await assignedDossier()
    const first = new TextEncoder().encode('%PDF-1.4\n% du thao 1\n')
    const second = await renderPdf('Trích lục khai sinh', [
      { kind: 'title', text: 'Trích lục khai sinh' },
      { kind: 'paragraph', text: 'Họ và tên: Nguyễn Thị Bé Na' },
    ])
    expect((await act(id, SPECIALIST, { intent: 'submitForApproval', reason: 'Đề nghị cấp giấy khai sinh' })).status).toBe(400) // no draft
    expect((await act(id, SPECIALIST, { intent: 'submitForApproval', reason: 'Đề nghị cấp' }, [pdfFile('du-thao.pdf', first)])).status).toBe(200)
    expect((await act(id, APPROVER, { intent: 'sendBack', reason: 'Sai tên người mẹ' })).status).toBe(200)
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id } })).approvalRequestedAt).toBeNull()
    expect((await act(id, SPECIALIST, { intent: 'submitForApproval', reason: 'Đã sửa' }, [pdfFile('du-thao-2.pdf', second)])).status).toBe(200)
    expect((await act(id, APPROVER, { intent: 'approve' })).status).toBe(200)
    expect((await act(id, CLERK, { intent: 'returnResult' })).status).toBe(200)
    const result = await prisma.dossierDocument.findFirstOrThrow({ where: { dossierId: id, purpose: 'RESULT' }, include: { file: true } })
    const signed = new Uint8Array(await fileStorage().get(result.file.storageKey))
    // The result is a new, signed file: it verifies independently, shows the draft's pages and carries the
    // approved draft's bytes unchanged.
    expect(result.file.sha256).toBe(sha256(signed))
    expect(result.file.sha256).not.toBe(sha256(second))
    expect(pdfSignatures(signed)).toContain('Signature is Valid')
    expect(pdfText(signed)).toContain('Họ và tên: Nguyễn Thị Bé Na')
    expect(sha256(pdfAttachments(signed)['du-thao-2.pdf']!)).toBe(sha256(second))
    // The approval records both hashes; the return hands over exactly the signed file.
    const approved = await prisma.dossierEvent.findFirstOrThrow({ where: { dossierId: id, action: 'approve' } })
    expect(approved.data).toMatchObject({ draftSha256: sha256(second), sha256: result.file.sha256 })
    const issued = await prisma.issuedDocument.findFirstOrThrow({ where: { dossierId: id, kind: 'RESULT' } })
    expect(issued).toMatchObject({ sha256: result.file.sha256, sourceSha256: sha256(second), fileId: result.fileId, status: 'VALID' })
    expect(pdfText(signed)).toContain(issued.code)
    const returned = await prisma.dossierEvent.findFirstOrThrow({ where: { dossierId: id, action: 'returnResult' } })
    expect(returned.data).toMatchObject({ sha256: result.file.sha256 })
  })

  it('signs a scanned result by wrapping the image in a PDF, the scan attached unchanged', async () => {
    const { prisma } = database()
    const id = await assignedDossier()
    const scan = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    expect((await act(id, SPECIALIST, { intent: 'submitForApproval', reason: 'Bản quét kết quả' }, [new File([scan], 'ket-qua-quet.png', { type: 'image/png' })])).status).toBe(200)
    expect((await act(id, APPROVER, { intent: 'approve' })).status).toBe(200)
    const result = await prisma.dossierDocument.findFirstOrThrow({ where: { dossierId: id, purpose: 'RESULT' }, include: { file: true } })
    const signed = new Uint8Array(await fileStorage().get(result.file.storageKey))
    expect(result.file.contentType).toBe('application/pdf')
    expect(pdfSignatures(signed)).toContain('Signature is Valid')
    expect(pdfAttachments(signed)['ket-qua-quet.png']?.equals(scan)).toBe(true)
  })

  it('lets only the assignee (or a leader) submit for approval', async () => {
    const { prisma } = database()
    const id = await assignedDossier()
    const agency = await prisma.agency.findFirstOrThrow({ where: { name: 'Ủy ban nhân dân Phường Long Xuyên' } })
    const other = await prisma.user.create({ data: { role: 'SPECIALIST', fullName: 'Chuyên viên Khác', email: 'khac.longxuyen@angiang.example', phone: '0296384109', agencyId: agency.id } })
    const cookie = await logIn(prisma, other.email!)
    const body = new FormData()
    body.append('intent', 'submitForApproval')
    body.append('version', await version(id))
    body.append('files', pdfFile('du-thao.pdf'))
    const refused = await post(staffDossier.action as never, `/mot-cua/ho-so/${id}`, body, { cookie, params: { id } })
    expect(refused.status).toBe(400)
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id } })).approvalRequestedAt).toBeNull()
  })
})

describe('6. internal steps stay internal', () => {
  it('shows the citizen no hand-over, no submission for approval and no proposal text', async () => {
    const id = await assignedDossier()
    await act(id, SPECIALIST, { intent: 'submitForApproval', reason: 'Ý kiến nội bộ của chuyên viên' }, [pdfFile('du-thao.pdf')])
    const page = (await citizenPage(id)).data as { dossier: { events: { action: string }[] } }
    const actions = page.dossier.events.map((e) => e.action)
    expect(actions).toEqual(expect.arrayContaining(['submit', 'receive']))
    expect(actions).not.toContain('assign')
    expect(actions).not.toContain('submitForApproval')
    expect(JSON.stringify(page)).not.toContain('Ý kiến nội bộ của chuyên viên')
  })
})

describe('7. the supplement round trip is clear', () => {
  it('shows the citizen the items, the reason and the date to answer by; an empty answer gets the applicant’s message', async () => {
    const id = await fileBirthRegistration()
    await act(id, CLERK, { intent: 'receive' })
    expect((await act(id, CLERK, { intent: 'requestSupplement', items: 'Giấy chứng sinh bản chính\nCCCD của người mẹ', reason: 'Giấy chứng sinh bị mờ', answerBy: '2099-01-15' })).status).toBe(200)
    const page = JSON.stringify((await citizenPage(id)).data)
    for (const text of ['Giấy chứng sinh bản chính', 'CCCD của người mẹ', 'Giấy chứng sinh bị mờ', '2099-01-15']) expect(page).toContain(text)
    const body = new FormData()
    body.append('intent', 'answerSupplement')
    body.append('version', await version(id))
    const empty = await post(ownDossier.action as never, `/ho-so/${id}`, body, { cookie: cookies[CITIZEN], params: { id } })
    expect(empty.status).toBe(400)
    expect((empty.data as { errors: Record<string, string> }).errors.supplement).toBe('errors.supplement.empty')
  })
})

describe('8. clerks find every dossier again', () => {
  const queuePage = (query: string) => get(staffQueue.loader as never, `/mot-cua?${query}`, { cookie: cookies[CLERK] })
  const codes = async (query: string) => ((await queuePage(query)).data as { items: { code: string }[] }).items.map((i) => i.code)

  it('finds a returned dossier by code, by name (without diacritics) and by CCCD, and lists the archive by status', async () => {
    const { prisma } = database()
    const clerk = await prisma.user.findUniqueOrThrow({ where: { email: CLERK } })
    const returned = await prisma.dossier.findFirstOrThrow({ where: { agencyId: clerk.agencyId!, status: 'RESULT_RETURNED' } })
    expect(await codes(`q=${encodeURIComponent(returned.code!.toLowerCase())}`)).toEqual([returned.code])
    expect(await codes(`q=${returned.applicantNationalId}`)).toContain(returned.code)
    const folded = returned
      .applicantName!.normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
    expect(await codes(`q=${encodeURIComponent(folded)}`)).toContain(returned.code)
    const archive = await codes('status=RESULT_RETURNED')
    expect(archive).toContain(returned.code)
    const statuses = await prisma.dossier.findMany({ where: { code: { in: archive } }, select: { status: true } })
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(['RESULT_RETURNED']))
  })

  it('keeps the procedure filter when a field is chosen too, and sorts as asked', async () => {
    const { prisma } = database()
    const clerk = await prisma.user.findUniqueOrThrow({ where: { email: CLERK } })
    const one = await prisma.dossier.findFirstOrThrow({ where: { agencyId: clerk.agencyId!, status: 'IN_PROGRESS' }, include: { procedure: { include: { field: true } } } })
    const both = await codes(`procedure=${one.procedure.code}&field=${one.procedure.field.code}`)
    const rows = await prisma.dossier.findMany({ where: { code: { in: both } }, select: { procedureId: true } })
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((r) => r.procedureId))).toEqual(new Set([one.procedureId]))
    const newest = ((await queuePage('sort=newest&view=all')).data as { items: { submittedAt: string }[] }).items.map((i) => Date.parse(i.submittedAt))
    expect(newest).toEqual([...newest].sort((a, b) => b - a))
  })
})

describe('9. counter intake', () => {
  it('shows the chosen procedure’s document checklist and questions, and records how the result is delivered', async () => {
    const { prisma } = database()
    const page = await get(counterIntake.loader as never, `/mot-cua/tiep-nhan?thu-tuc=${BIRTH_REGISTRATION}`, { cookie: cookies[CLERK] })
    const shown = JSON.stringify(page.data)
    for (const text of ['Tờ khai đăng ký khai sinh', 'Giấy chứng sinh hoặc văn bản', 'Họ, chữ đệm và tên của trẻ']) expect(shown).toContain(text)
    const procedure = await prisma.procedure.findUniqueOrThrow({ where: { code: BIRTH_REGISTRATION }, include: { documents: true } })
    const body = new FormData()
    const fields: Record<string, string> = {
      procedureCode: BIRTH_REGISTRATION,
      applicantName: 'Tô Thị Hạnh',
      applicantNationalId: '089190003344',
      applicantPhone: '0918333444',
      applicantAddress: 'Số 3 Lý Thái Tổ, Phường Long Xuyên',
      delivery: 'DESK',
      ...BIRTH_ANSWERS,
    }
    for (const [k, v] of Object.entries(fields)) body.append(k, v)
    for (const doc of procedure.documents) {
      body.append(`received-${doc.id}`, 'on')
      body.append(`scan-${doc.id}`, pdfFile())
    }
    const created = await post(counterIntake.action as never, '/mot-cua/tiep-nhan', body, { cookie: cookies[CLERK] })
    expect(created.status).toBe(302)
    const dossier = await prisma.dossier.findFirstOrThrow({ where: { applicantNationalId: '089190003344' }, include: { documents: true } })
    expect(dossier.resultDelivery).toBe('DESK')
    expect(JSON.stringify(dossier.declaration)).toContain('Nguyễn Thị Bé Na')
    expect(new Set(dossier.documents.map((d) => d.requiredDocumentId))).toEqual(new Set(procedure.documents.map((d) => d.id)))
  })

  it('is not offered to roles that may not use it', async () => {
    const page = await get(counterIntake.loader as never, '/mot-cua/tiep-nhan', { cookie: cookies[SPECIALIST] })
    expect(page.status).toBe(403)
    const queue = JSON.stringify((await get(staffQueue.loader as never, '/mot-cua', { cookie: cookies[SPECIALIST] })).data)
    expect(queue).toContain('"mayTakeIn":false')
  })
})

describe('10. the handling agency', () => {
  it('is preselected from the applicant’s address and listed in Vietnamese order', async () => {
    const cookie = cookies[CITIZEN]!
    const id = await openDraft(cookie, BIRTH_REGISTRATION)
    const page = (await get(applicantStep.loader as never, `/ho-so/${id}/nguoi-nop`, { cookie, params: { id } })).data as { agencyId: string | null; agencies: { id: string; name: string }[] }
    const longXuyen = page.agencies.find((a) => a.name === 'Ủy ban nhân dân Phường Long Xuyên')
    expect(page.agencyId).toBe(longXuyen?.id)
    const names = page.agencies.map((a) => a.name)
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare))
  })
})
