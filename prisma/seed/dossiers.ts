// Demo dossiers so the queues, the citizen's history and the statistics are not empty on first start:
// a spread of states, channels and dates at two agencies, some of them late. Dates are relative to seeding.
import { foldVietnamese } from '../../app/domain/catalogue/search-text.ts'
import { questionsOf, type Question } from '../../app/domain/catalogue/questionnaire.ts'
import { declarationOf } from '../../app/domain/dossier/declaration.ts'
import { dossierCode } from '../../app/domain/dossier/code.ts'
import type { DossierStatus } from '../../app/domain/dossier/status.ts'
import { renderPdf } from '../../app/documents/pdf.server.ts'
import { workingCalendar } from '../../app/models/calendar.server.ts'
import { storeFiles } from '../../app/models/files.server.ts'
import { prepareResult } from '../../app/models/issued-documents.server.ts'
import { fileStorage, newStorageKey, sha256 } from '../../app/storage.server.ts'
import type { PrismaClient } from '../generated/client.ts'

const PEOPLE = [
  ['Lý Văn Phúc', '089078001234', '0913456789'],
  ['Huỳnh Thị Thu Trang', '089195004321', '0987111222'],
  ['Châu Minh Quân', '089201007788', '0909333444'],
  ['Dương Thị Kim Ngân', '091188002233', '0934555666'],
  ['Thạch Sô Phol', '089090005566', '0945777888'],
  ['Nguyễn Hoàng Long', '089085009900', '0376123456'],
  ['Lâm Thị Mỹ Tiên', '091199003344', '0868234567'],
] as const

interface Plan {
  status: DossierStatus
  daysAgo: number
  channel: 'ONLINE' | 'COUNTER' | 'SUPPORT_POINT'
  late?: boolean
  supplement?: boolean
  outcome?: 'APPROVED' | 'REFUSED'
}

const PLANS: Plan[] = [
  { status: 'SUBMITTED', daysAgo: 0, channel: 'ONLINE' },
  { status: 'SUBMITTED', daysAgo: 1, channel: 'ONLINE' },
  { status: 'SUBMITTED', daysAgo: 1, channel: 'SUPPORT_POINT' },
  { status: 'RECEIVED', daysAgo: 2, channel: 'ONLINE' },
  { status: 'RECEIVED', daysAgo: 12, channel: 'COUNTER', late: true },
  { status: 'IN_PROGRESS', daysAgo: 3, channel: 'ONLINE' },
  { status: 'IN_PROGRESS', daysAgo: 20, channel: 'ONLINE', late: true },
  { status: 'SUPPLEMENT_REQUESTED', daysAgo: 4, channel: 'ONLINE', supplement: true },
  { status: 'RESOLVED', daysAgo: 6, channel: 'COUNTER', outcome: 'APPROVED' },
  { status: 'RESULT_RETURNED', daysAgo: 9, channel: 'ONLINE', outcome: 'APPROVED' },
  { status: 'RESULT_RETURNED', daysAgo: 15, channel: 'COUNTER', outcome: 'APPROVED' },
  { status: 'RESULT_RETURNED', daysAgo: 25, channel: 'ONLINE', outcome: 'REFUSED' },
  { status: 'NOT_ACCEPTED', daysAgo: 5, channel: 'ONLINE' },
  { status: 'WITHDRAWN', daysAgo: 8, channel: 'ONLINE' },
]

const DAY = 86_400_000

/** Plausible answers to a procedure's questions, so staff pages show a whole declaration. */
function demoAnswers(questions: Question[], procedureName: string, submittedAt: Date): Record<string, string> {
  return Object.fromEntries(
    questions.map((q) => {
      if (q.kind === 'select') return [q.id, q.options?.[0]?.value ?? '']
      if (q.kind === 'date') return [q.id, new Date(submittedAt.getTime() - 10 * DAY).toISOString().slice(0, 10)]
      if (q.id === 'request') return [q.id, `Đề nghị giải quyết thủ tục ${procedureName.toLowerCase()}`]
      return [q.id, q.required ? 'Theo giấy tờ kèm theo' : '']
    }),
  )
}

export async function seedDossiers(prisma: PrismaClient, now = new Date()) {
  const calendar = await workingCalendar(prisma)
  const resultPdf = await renderPdf('Kết quả giải quyết', [
    { kind: 'letterhead', motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] },
    { kind: 'title', text: 'Kết quả giải quyết thủ tục hành chính', subtitle: '(Dữ liệu mẫu)' },
    { kind: 'paragraph', indent: true, text: 'Dự thảo kết quả do chuyên viên lập và lãnh đạo đã phê duyệt; bản trả cho người dân là bản có chữ ký số của cơ quan.' },
  ])
  const scanPdf = await renderPdf('Giấy tờ', [{ kind: 'paragraph', text: 'Bản chụp giấy tờ của người nộp (dữ liệu mẫu).' }])
  const scanKey = newStorageKey()
  await fileStorage().put(scanKey, scanPdf)
  const scan = await prisma.storedFile.create({ data: { storageKey: scanKey, fileName: 'giay-to.pdf', contentType: 'application/pdf', size: scanPdf.length, sha256: sha256(scanPdf) } })
  const counters = new Map<string, number>()
  const agencies = await prisma.agency.findMany({
    where: { OR: [{ name: 'Ủy ban nhân dân Phường Long Xuyên' }, { shortName: 'Sở Tư pháp' }] },
    include: { desks: true, staff: true, procedures: { include: { procedure: { include: { fees: true, documents: true } } }, where: { procedure: { onlineLevel: { not: 'NONE' } } }, take: 12 } },
  })
  const citizen = await prisma.user.findUniqueOrThrow({ where: { nationalId: '089090000001' } })
  const supportPoint = await prisma.supportPoint.findFirstOrThrow({ where: { code: 'DHT-LX-01' } })
  let personIndex = 0
  for (const agency of agencies) {
    const clerk = agency.staff.find((s) => s.role === 'CLERK')
    const specialist = agency.staff.find((s) => s.role === 'SPECIALIST')
    const approver = agency.staff.find((s) => s.role === 'APPROVER')
    for (const [i, plan] of PLANS.entries()) {
      const procedure = agency.procedures[i % agency.procedures.length]!.procedure
      const [name, nationalId, phone] = PEOPLE[personIndex++ % PEOPLE.length]!
      const ownedByDemoCitizen = agency === agencies[0] && (plan.status === 'RESULT_RETURNED' || plan.status === 'IN_PROGRESS') && plan.daysAgo < 10
      const submittedAt = calendar.addWorkingMinutes(new Date(now.getTime() - plan.daysAgo * DAY - 3 * 3600_000), 30)
      if (submittedAt > now) continue
      // Submitted and refused-at-reception dossiers were never received.
      const receivedAt = plan.status === 'SUBMITTED' || plan.status === 'NOT_ACCEPTED' ? null : calendar.addWorkingMinutes(submittedAt, plan.daysAgo > 0 ? 60 : 0)
      // Late dossiers get a short time limit so their appointment date has passed.
      const dueAt = plan.late && receivedAt ? calendar.dueDate(receivedAt, 2, 'WORKING_DAY') : calendar.dueDate(receivedAt ?? submittedAt, procedure.timeLimit, procedure.timeLimitUnit)
      const finishedAt = plan.outcome ? new Date(Math.min(now.getTime() - DAY, dueAt.getTime() - 3600_000)) : null
      const dayKey = `${agency.id}:${submittedAt.toISOString().slice(0, 10)}`
      counters.set(dayKey, (counters.get(dayKey) ?? 0) + 1)
      const code = dossierCode(agency.code, submittedAt, counters.get(dayKey)!)
      await prisma.dossierCounter.upsert({
        where: { agencyId_day: { agencyId: agency.id, day: code.split('-').at(-2)! } },
        create: { agencyId: agency.id, day: code.split('-').at(-2)!, value: counters.get(dayKey)! },
        update: { value: counters.get(dayKey)! },
      })
      const dossier = await prisma.dossier.create({
        data: {
          code,
          procedureId: procedure.id,
          agencyId: agency.id,
          deskId: agency.desks[0]?.id,
          channel: plan.channel,
          onlineLevel: procedure.onlineLevel,
          supportPointId: plan.channel === 'SUPPORT_POINT' ? supportPoint.id : null,
          applicantId: ownedByDemoCitizen ? citizen.id : null,
          applicantName: ownedByDemoCitizen ? citizen.fullName : name,
          applicantSearch: foldVietnamese(ownedByDemoCitizen ? citizen.fullName : name),
          applicantNationalId: ownedByDemoCitizen ? citizen.nationalId : nationalId,
          applicantPhone: ownedByDemoCitizen ? citizen.phone : phone,
          applicantEmail: ownedByDemoCitizen ? citizen.email : null,
          applicantAddress: ownedByDemoCitizen ? citizen.address : 'Tỉnh An Giang',
          status: plan.status,
          submittedAt,
          receivedAt,
          dueAt,
          resolvedAt: finishedAt,
          returnedAt: plan.status === 'RESULT_RETURNED' ? finishedAt : null,
          outcome: plan.outcome ?? null,
          assigneeId: ['IN_PROGRESS', 'RESOLVED', 'RESULT_RETURNED'].includes(plan.status) ? specialist?.id : null,
          supplementCount: plan.supplement ? 1 : 0,
          feeAmount: procedure.fees.reduce((sum, fee) => sum + fee.amount, 0),
          declaration: declarationOf(questionsOf(procedure.formSchema), demoAnswers(questionsOf(procedure.formSchema), procedure.name, submittedAt)) as never,
          digitised: true,
          documents: { create: procedure.documents.map((d) => ({ requiredDocumentId: d.id, fileId: scan.id, purpose: 'APPLICATION', createdAt: submittedAt })) },
        },
      })
      const events: { action: string; at: Date; actorId?: string | null; toStatus?: DossierStatus; note?: string; formCode?: string; data?: object }[] = [
        { action: 'submit', at: submittedAt, toStatus: 'SUBMITTED', actorId: ownedByDemoCitizen ? citizen.id : null },
      ]
      if (plan.status === 'NOT_ACCEPTED')
        events.push({
          action: 'refuse',
          at: new Date(submittedAt.getTime() + 3600_000),
          actorId: clerk?.id,
          toStatus: 'NOT_ACCEPTED',
          note: 'Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan',
          formCode: '03',
        })
      if (plan.status === 'WITHDRAWN') events.push({ action: 'withdraw', at: new Date(submittedAt.getTime() + 2 * DAY), toStatus: 'WITHDRAWN', note: 'Người nộp không còn nhu cầu' })
      if (receivedAt) events.push({ action: 'receive', at: receivedAt, actorId: clerk?.id, toStatus: 'RECEIVED', formCode: '01', data: { dueAt } })
      if (plan.supplement)
        events.push({
          action: 'requestSupplement',
          at: new Date(receivedAt!.getTime() + DAY),
          actorId: clerk?.id,
          toStatus: 'SUPPLEMENT_REQUESTED',
          note: 'Hồ sơ chưa đầy đủ',
          formCode: '02',
          data: { items: ['Bản sao có chứng thực giấy tờ chứng minh nơi cư trú'], remainingMinutes: 960 },
        })
      if (['IN_PROGRESS', 'RESOLVED', 'RESULT_RETURNED'].includes(plan.status))
        events.push({ action: 'assign', at: new Date(receivedAt!.getTime() + 2 * 3600_000), actorId: clerk?.id, toStatus: 'IN_PROGRESS', formCode: '06' })
      if (plan.outcome) {
        events.push({ action: 'submitForApproval', at: new Date(finishedAt!.getTime() - 3600_000), actorId: specialist?.id, note: 'Đề nghị lãnh đạo xem xét', data: {} })
        events.push({
          action: plan.outcome === 'APPROVED' ? 'approve' : 'reject',
          at: finishedAt!,
          actorId: approver?.id,
          toStatus: 'RESOLVED',
          note: plan.outcome === 'REFUSED' ? 'Không đủ điều kiện theo quy định' : undefined,
          data: { outcome: plan.outcome },
        })
      }
      if (plan.status === 'RESULT_RETURNED') events.push({ action: 'returnResult', at: new Date(finishedAt!.getTime() + 1000), actorId: clerk?.id, toStatus: 'RESULT_RETURNED' })
      await prisma.dossierEvent.createMany({ data: events.map((e) => ({ dossierId: dossier.id, ...e })) })
      if (dossier.feeAmount > 0 && !['SUBMITTED', 'AWAITING_PAYMENT'].includes(plan.status)) {
        // Paid online at submission: the gateway's word kept, and refunded if the dossier then ended without a result.
        const reference = `SEED${code.replace(/\D/g, '')}`
        const said = { vnp_TxnRef: reference, vnp_Amount: String(dossier.feeAmount * 100), vnp_ResponseCode: '00', vnp_TransactionStatus: '00' }
        const closed = ['WITHDRAWN', 'NOT_ACCEPTED', 'STOPPED'].includes(plan.status) || plan.outcome === 'REFUSED'
        await prisma.payment.create({
          data: {
            dossierId: dossier.id,
            reference,
            gateway: 'vnpay',
            amount: dossier.feeAmount,
            status: 'SUCCEEDED',
            applied: true,
            createdAt: submittedAt,
            paidAt: submittedAt,
            expiresAt: submittedAt,
            responseCode: '00',
            transactionStatus: '00',
            gatewayData: said,
            notifications: { create: { source: 'IPN', receivedAt: submittedAt, params: said, outcome: 'SUCCEEDED', amount: dossier.feeAmount, reply: '00', effect: 'APPLIED' } },
            ...(closed && {
              refund: {
                create: { amount: dossier.feeAmount, reason: 'Hồ sơ đã kết thúc không có kết quả', status: 'SUCCEEDED', attempts: 1, responseCode: '00', completedAt: finishedAt ?? submittedAt },
              },
            }),
          },
        })
        await prisma.dossier.update({ where: { id: dossier.id }, data: { paidOnline: dossier.feeAmount } })
      }
      // An approved dossier has the draft its leader approved and the result signed from it, as approval makes.
      if (plan.outcome === 'APPROVED') {
        const storageKey = newStorageKey()
        await fileStorage().put(storageKey, resultPdf)
        const draft = await prisma.storedFile.create({
          data: { storageKey, fileName: `du-thao-${code}.pdf`, contentType: 'application/pdf', size: resultPdf.length, sha256: sha256(resultPdf), ownerId: specialist?.id },
        })
        await prisma.dossierDocument.create({ data: { dossierId: dossier.id, fileId: draft.id, purpose: 'RESULT_DRAFT', createdAt: new Date(finishedAt!.getTime() - 3600_000) } })
        const result = await prepareResult(prisma, dossier.id, draft.id, approver?.id ?? null, finishedAt!)
        await storeFiles(prisma, null, [result.upload], async (tx, [fileId]) => {
          await tx.dossierDocument.create({ data: { dossierId: dossier.id, fileId: fileId!, purpose: 'RESULT', createdAt: finishedAt! } })
          await result.record(tx, fileId!)
          await tx.dossierEvent.updateMany({
            where: { dossierId: dossier.id, action: 'approve' },
            data: { data: { outcome: 'APPROVED', draftFileId: draft.id, draftSha256: draft.sha256, ...result.eventData } },
          })
        })
      }
      if (plan.status === 'RESULT_RETURNED' && plan.outcome === 'APPROVED') {
        await prisma.rating.create({ data: { dossierId: dossier.id, score: 4 + (i % 2), comment: i % 2 ? 'Cán bộ hướng dẫn tận tình' : null } })
      }
    }
  }
}
