// The printed forms of the one-stop workflow (01 receipt and appointment slip … 07 tracking log), built once
// as blocks and rendered both as an HTML page and as a PDF.
import type { TFunction } from 'i18next'
import { declarationRows } from '../domain/dossier/declaration.ts'
import type { FormCode } from '../domain/dossier/lifecycle.ts'
import { formatDate, formatDateTime } from '../domain/format.ts'
import { maskNationalId } from '../domain/identity/national-id.ts'
import { requireArea } from '../auth/guards.server.ts'
import { db } from '../db.server.ts'
import { translatorFor } from '../i18n/i18n.server.ts'
import { declaredAnswers } from '../models/dossier-view.server.ts'
import { getAgencyDossier, type AgencyDossier } from '../models/queue.server.ts'
import type { Block } from './pdf.server.ts'

export const FORM_CODES: FormCode[] = ['01', '02', '03', '04', '05', '06', '07']

const ACTION_OF_FORM: Partial<Record<FormCode, string>> = { '02': 'requestSupplement', '03': 'refuse', '04': 'apologise', '05': 'stop' }

function timelineBlocks(dossier: AgencyDossier, t: TFunction): Block[] {
  return dossier.events.map((e) => ({
    kind: 'paragraph' as const,
    text: `${formatDateTime(e.at)} — ${t(`timeline.${e.action}`, { defaultValue: e.action })} — ${e.actor?.fullName ?? t('forms.system')}${e.note ? ` — ${e.note}` : ''}`,
  }))
}

export function formDocument(code: FormCode, dossier: AgencyDossier, t: TFunction): { title: string; blocks: Block[] } {
  const title = t(`forms.${code}.title`)
  const event = ACTION_OF_FORM[code] ? [...dossier.events].reverse().find((e) => e.action === ACTION_OF_FORM[code]) : undefined
  const data = (event?.data ?? {}) as { items?: string[]; dueAt?: string; appointmentAt?: string }
  const blocks: Block[] = [
    { kind: 'centered', text: dossier.agency.name.toUpperCase(), bold: true },
    { kind: 'centered', text: `${t('forms.motto1')} — ${t('forms.motto2')}` },
    { kind: 'heading', text: title.toUpperCase() },
    { kind: 'field', label: t('dossier.code'), value: dossier.code ?? '' },
    { kind: 'field', label: t('dossier.procedure'), value: dossier.procedure.name },
    { kind: 'field', label: t('receipt.applicant'), value: dossier.applicantName ?? '' },
    { kind: 'field', label: t('register.nationalId'), value: dossier.applicantNationalId ? maskNationalId(dossier.applicantNationalId) : '' },
    { kind: 'field', label: t('register.phone'), value: dossier.applicantPhone ?? '' },
  ]
  switch (code) {
    case '01':
      blocks.push(
        { kind: 'field', label: t('forms.receivedAt'), value: dossier.receivedAt ? formatDateTime(dossier.receivedAt) : '' },
        { kind: 'field', label: t('dossier.dueAt'), value: dossier.dueAt ? formatDateTime(dossier.dueAt) : '' },
        { kind: 'paragraph', text: t('receipt.documents') },
        ...dossier.documents
          .filter((d) => d.purpose === 'APPLICATION')
          .map((d, i) => ({ kind: 'paragraph' as const, text: `${i + 1}. ${d.requiredDocument?.name ?? d.file.fileName}` })),
      )
      break
    case '02':
      blocks.push(
        { kind: 'paragraph', text: t('forms.02.lead') },
        ...(data.items ?? []).map((item, i) => ({ kind: 'paragraph' as const, text: `${i + 1}. ${item}` })),
        { kind: 'field', label: t('forms.reason'), value: event?.note ?? '' },
      )
      break
    case '03':
    case '05':
      blocks.push({ kind: 'field', label: t('forms.reason'), value: event?.note ?? '' }, { kind: 'paragraph', text: t(`forms.${code}.lead`) })
      break
    case '04':
      blocks.push(
        { kind: 'paragraph', text: t('forms.04.lead') },
        { kind: 'field', label: t('forms.reason'), value: event?.note ?? '' },
        { kind: 'field', label: t('forms.04.previous'), value: data.dueAt ? formatDate(data.dueAt) : '' },
        { kind: 'field', label: t('forms.04.new'), value: data.appointmentAt ? formatDate(data.appointmentAt) : '' },
      )
      break
    case '06':
      // The control sheet carries what the applicant declared, so whoever handles the paper sees it too.
      blocks.push({ kind: 'heading', text: t('dossier.declaration') })
      for (const row of declarationRows(declaredAnswers(dossier), t)) blocks.push({ kind: 'field', label: row.label, value: row.value || '—' })
      blocks.push({ kind: 'heading', text: t('citizen.dossier.timeline') })
      blocks.push(...timelineBlocks(dossier, t))
      break
    case '07':
      blocks.push(...timelineBlocks(dossier, t))
      break
  }
  blocks.push({ kind: 'paragraph', text: t('forms.issuedAt', { date: formatDateTime(new Date()) }) })
  return { title, blocks }
}

/** The staff member's dossier and the requested form, or 404: shared by the HTML and PDF routes. */
export async function loadFormDocument(request: Request, params: { id?: string; form?: string }) {
  const user = await requireArea(request, 'backOffice')
  const code = params.form as FormCode
  const dossier = await getAgencyDossier(await db(), params.id ?? '', user)
  if (!dossier || !FORM_CODES.includes(code)) throw new Response('Not found', { status: 404 })
  return { dossier, code, document: formDocument(code, dossier, await translatorFor(request)) }
}
