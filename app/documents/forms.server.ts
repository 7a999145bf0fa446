// The printed forms of the one-stop workflow, laid out as the official templates (ADR 016): 01 receipt and
// appointment slip, 02 request to supplement, 03 refusal, 04 apology with a new date, 05 notice of stopping,
// 06 processing control sheet — each about one dossier — and 07, the register of dossiers over a period
// (register.server.ts). Built once as blocks, shown as a printable page and issued as a signed PDF with the
// same verification code. Official documents are in Vietnamese whatever the reader's language.
import type { TFunction } from 'i18next'
import { requireArea } from '../auth/access.server.ts'
import { db } from '../db.server.ts'
import { declarationRows } from '../domain/dossier/declaration.ts'
import type { FormCode } from '../domain/dossier/lifecycle.ts'
import { dateParts, documentNumber, placeName } from '../domain/documents/official.ts'
import { formatDate, formatDateTime } from '../domain/format.ts'
import { maskNationalId } from '../domain/identity/national-id.ts'
import { declaredAnswers } from '../models/dossier-view.server.ts'
import { issueDocument, officialTranslator, type Issued, type IssuedKind } from '../models/issued-documents.server.ts'
import { getAgencyDossier, type AgencyDossier } from '../models/queue.server.ts'
import type { Block, SignatureParty } from './blocks.ts'
import { renderPdf } from './pdf.server.ts'

/** Forms about one dossier; 07 is the register of many (register.server.ts). */
export const DOSSIER_FORMS: FormCode[] = ['01', '02', '03', '04', '05', '06']

/** The event whose issuing the form records. */
const ACTION_OF_FORM: Partial<Record<FormCode, string>> = { '01': 'receive', '02': 'requestSupplement', '03': 'refuse', '04': 'apologise', '05': 'stop' }

export interface OfficialDocument {
  title: string
  blocks: Block[]
  /** When it was made out: the date on its date line. */
  at: Date
  subject: string
}

/** The letterhead every form opens with: the issuing body on the left, the motto, number, place and date. */
export function letterhead(t: TFunction, issuer: string[], number: string, place: string, at: Date): Block {
  return {
    kind: 'letterhead',
    motto: [t('forms.motto1'), t('forms.motto2')],
    issuer,
    number: t('forms.number', { number }),
    placeDate: t('forms.dateLine', { place, ...dateParts(at) }),
  }
}

function issuerOf(dossier: AgencyDossier, form: FormCode) {
  // The desk issues what it hands over at the counter; the agency itself apologises and stops.
  const atDesk = ['01', '02', '03', '06'].includes(form) && dossier.desk
  return atDesk ? [dossier.agency.name, dossier.desk!.name] : [dossier.agency.name]
}

const signature = (t: TFunction, role: string, name: string | undefined, seal = false): SignatureParty => ({
  title: t(`forms.signers.${role}`),
  note: t(seal ? 'forms.signers.noteSeal' : 'forms.signers.note'),
  name,
  seal,
})

/** The documents a dossier was received with, by their names in the procedure (never an uploaded file's name). */
function receivedDocuments(dossier: AgencyDossier, t: TFunction, receiveData: { receivedDocuments?: string[] }) {
  const uploads = dossier.documents.filter((d) => d.purpose === 'APPLICATION')
  const scanned = new Set(uploads.map((d) => d.requiredDocumentId))
  // At the counter: what was ticked as received on paper, scanned or not; online: what was uploaded.
  const ids = receiveData.receivedDocuments ?? uploads.map((d) => d.requiredDocumentId).filter((id): id is string => !!id)
  const rows = dossier.procedure.documents
    .filter((doc) => ids.includes(doc.id))
    .map((doc, i) => [String(i + 1), doc.name, t(dossier.channel === 'ONLINE' ? 'forms.copy.electronic' : scanned.has(doc.id) ? 'forms.copy.paperScanned' : 'forms.copy.paper'), '01'])
  return rows
}

export function formDocument(code: FormCode, dossier: AgencyDossier, t: TFunction): OfficialDocument {
  const action = ACTION_OF_FORM[code]
  const event = action ? [...dossier.events].reverse().find((e) => e.action === action) : dossier.events.at(-1)
  const at = event?.at ?? dossier.updatedAt
  const data = (event?.data ?? {}) as { items?: string[]; dueAt?: string; appointmentAt?: string; answerBy?: string; receivedDocuments?: string[] }
  const title = t(`forms.${code}.title`)
  const place = placeName(dossier.agency.unit.name)
  const applicant = dossier.applicantName ?? ''
  const common = { code: dossier.code ?? '', procedure: dossier.procedure.name, applicant, agency: dossier.agency.name, desk: dossier.desk?.name ?? dossier.agency.name }
  const blocks: Block[] = [
    letterhead(t, issuerOf(dossier, code), documentNumber(dossier.code, t(`forms.${code}.abbr`)), place, at),
    { kind: 'title', text: title, subtitle: t('forms.dossierCode', { code: dossier.code ?? '' }) },
  ]
  const receivedOn = dossier.receivedAt ? formatDate(dossier.receivedAt) : dossier.submittedAt ? formatDate(dossier.submittedAt) : ''
  const actorName = event?.actor?.fullName
  switch (code) {
    case '01':
      blocks.push(
        { kind: 'paragraph', text: t('forms.01.receivedFrom', common) },
        { kind: 'field', label: t('forms.fields.nationalId'), value: dossier.applicantNationalId ? maskNationalId(dossier.applicantNationalId) : '' },
        { kind: 'field', label: t('forms.fields.address'), value: dossier.applicantAddress ?? '' },
        { kind: 'field', label: t('forms.fields.phone'), value: [dossier.applicantPhone, dossier.applicantEmail].filter(Boolean).join(' · ') },
        { kind: 'field', label: t('forms.fields.request'), value: dossier.procedure.name },
        { kind: 'paragraph', text: t('forms.01.documents') },
        {
          kind: 'table',
          columns: [
            { header: t('forms.columns.number'), width: 1 },
            { header: t('forms.columns.document'), width: 7 },
            { header: t('forms.columns.copy'), width: 3 },
            { header: t('forms.columns.quantity'), width: 1.6 },
          ],
          rows: receivedDocuments(dossier, t, data),
        },
        { kind: 'paragraph', text: t('forms.01.sets') },
        { kind: 'paragraph', text: t('forms.01.timeLimit', { count: dossier.procedure.timeLimit, unit: t(`timeLimit.${dossier.procedure.timeLimitUnit}`, { count: dossier.procedure.timeLimit }) }) },
        // As at receipt: the appointment given then, whatever later pauses did to the legal due date.
        { kind: 'paragraph', text: t('forms.01.receivedAt', { at: formatDateTime(at) }) },
        { kind: 'paragraph', text: t('forms.01.dueAt', { at: data.dueAt ? formatDateTime(data.dueAt) : dossier.dueAt ? formatDateTime(dossier.dueAt) : '' }) },
        { kind: 'paragraph', text: t('forms.01.deliveredAt', { place: dossier.resultDelivery ? t(`forms.delivery.${dossier.resultDelivery}`, common) : common.desk }) },
        { kind: 'paragraph', text: t('forms.01.register', { number: dossier.code?.split('-').at(-1) ?? '' }) },
        { kind: 'signatures', parties: [signature(t, 'applicant', applicant), signature(t, 'receiver', actorName)] },
      )
      break
    case '02':
      blocks.push(
        { kind: 'addressee', text: t('forms.to', { name: applicant }) },
        { kind: 'paragraph', indent: true, text: t('forms.02.intro', { ...common, date: receivedOn }) },
        { kind: 'paragraph', indent: true, text: t('forms.02.lead') },
        { kind: 'list', items: data.items ?? [] },
        { kind: 'field', label: t('forms.reason'), value: event?.note ?? '' },
        ...(data.answerBy ? [{ kind: 'paragraph' as const, indent: true, text: t('forms.02.answerBy', { date: formatDate(data.answerBy) }) }] : []),
        { kind: 'paragraph', indent: true, text: t('forms.02.help', common) },
        { kind: 'signatures', parties: [signature(t, 'receiver', actorName)] },
      )
      break
    case '03':
      blocks.push(
        { kind: 'addressee', text: t('forms.to', { name: applicant }) },
        { kind: 'paragraph', indent: true, text: t('forms.03.intro', { ...common, date: receivedOn }) },
        { kind: 'paragraph', indent: true, text: t('forms.03.lead') },
        { kind: 'paragraph', indent: true, text: event?.note ?? '' },
        { kind: 'paragraph', indent: true, text: t('forms.03.close') },
        { kind: 'signatures', parties: [signature(t, 'receiver', actorName)] },
      )
      break
    case '04':
      blocks.push(
        { kind: 'addressee', text: t('forms.to', { name: applicant }) },
        { kind: 'paragraph', indent: true, text: t('forms.04.intro', { ...common, date: receivedOn, due: data.dueAt ? formatDate(data.dueAt) : '' }) },
        { kind: 'paragraph', indent: true, text: t('forms.04.late', { ...common, reason: event?.note ?? '' }) },
        { kind: 'paragraph', indent: true, text: t('forms.04.apology', { ...common, date: data.appointmentAt ? formatDate(data.appointmentAt) : '' }) },
        { kind: 'paragraph', indent: true, text: t('forms.04.close') },
        { kind: 'signatures', parties: [signature(t, 'agency', actorName, true)] },
      )
      break
    case '05':
      blocks.push(
        { kind: 'addressee', text: t('forms.to', { name: applicant }) },
        { kind: 'paragraph', indent: true, text: t('forms.05.intro', { ...common, date: receivedOn }) },
        { kind: 'field', label: t('forms.reason'), value: event?.note ?? '' },
        { kind: 'paragraph', indent: true, text: t('forms.05.close') },
        { kind: 'signatures', parties: [signature(t, 'head', actorName, true)] },
      )
      break
    case '06':
      // The control sheet carries what the applicant declared, so whoever handles the paper sees it too.
      blocks.push(
        { kind: 'field', label: t('forms.fields.applicant'), value: applicant },
        { kind: 'field', label: t('forms.fields.request'), value: dossier.procedure.name },
        { kind: 'field', label: t('forms.fields.dueAt'), value: dossier.dueAt ? formatDateTime(dossier.dueAt) : '' },
        { kind: 'heading', text: t('forms.06.declaration') },
        ...declarationRows(declaredAnswers(dossier), t).map((row) => ({ kind: 'field' as const, label: row.label, value: row.value || '—' })),
        { kind: 'heading', text: t('forms.06.handling') },
        {
          kind: 'table',
          columns: [
            { header: t('forms.columns.agency'), width: 3 },
            { header: t('forms.columns.handOver'), width: 6 },
            { header: t('forms.columns.outcome'), width: 2.4 },
            { header: t('forms.columns.note'), width: 3 },
          ],
          rows: dossier.events
            .filter((e) => !['createDraft', 'note'].includes(e.action))
            .map((e) => [
              dossier.agency.name,
              `${formatDateTime(e.at)} — ${t(`timeline.${e.action}`, { defaultValue: e.action })}${e.actor ? ` — ${e.actor.fullName}` : ''}`,
              timing(t, e, dossier),
              e.note ?? '',
            ]),
        },
      )
      break
  }
  return { title, blocks, at, subject: `dossier/${dossier.id}/form/${code}${event && action ? `/${event.id}` : ''}` }
}

/** Early, on time or late, for the events that finish a step against the legal due date. */
function timing(t: TFunction, event: { action: string; at: Date }, dossier: AgencyDossier) {
  if (!['approve', 'reject', 'returnResult'].includes(event.action) || !dossier.dueAt) return ''
  const due = dossier.dueAt.getTime()
  const at = event.at.getTime()
  return t(at > due ? 'forms.timing.late' : due - at > 86_400_000 ? 'forms.timing.early' : 'forms.timing.onTime')
}

/** The staff member's dossier and the requested form, issued (signed, with its verification code), or 404. */
export async function loadFormDocument(request: Request, params: { id?: string; form?: string }) {
  const user = await requireArea(request, 'backOffice')
  const code = params.form as FormCode
  const prisma = await db()
  const dossier = await getAgencyDossier(prisma, params.id ?? '', user)
  if (!dossier || !DOSSIER_FORMS.includes(code)) throw new Response('Not found', { status: 404 })
  if (ACTION_OF_FORM[code] && !dossier.events.some((e) => e.action === ACTION_OF_FORM[code])) throw new Response('Not found', { status: 404 })
  const document = formDocument(code, dossier, await officialTranslator())
  const issued = await issueForm(document, { kind: 'FORM', formCode: code, agency: dossier.agency, dossierId: dossier.id, issuedById: user.id, fileName: `mau-${code}-${dossier.code}.pdf` })
  return { dossier, code, document, issued }
}

/** Issues an official document once per content: the signed PDF behind its page and download. */
export async function issueForm(
  document: OfficialDocument,
  meta: { kind: IssuedKind; formCode?: string; agency: AgencyDossier['agency']; dossierId?: string; issuedById?: string; fileName: string; landscape?: boolean },
): Promise<Issued> {
  const t = await officialTranslator()
  return issueDocument(await db(), {
    kind: meta.kind,
    formCode: meta.formCode,
    title: document.title,
    subject: document.subject,
    content: { title: document.title, blocks: document.blocks },
    agency: meta.agency,
    dossierId: meta.dossierId,
    issuedById: meta.issuedById,
    fileName: meta.fileName,
    reason: t('documents.issueReason', { title: document.title }),
    render: () => renderPdf(document.title, document.blocks, { landscape: meta.landscape }),
  })
}
