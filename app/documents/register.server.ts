// Form 07, the register of dossiers (sổ theo dõi hồ sơ): every dossier an agency received over a period, one
// row each — what, from whom, when received, when due, when decided and returned — as the desk keeps it.
import type { TFunction } from 'i18next'
import { requireArea } from '../auth/access.server.ts'
import { db } from '../db.server.ts'
import { parseCalendarDate, showCalendarDate, today } from '../domain/calendar/dates.ts'
import { placeName } from '../domain/documents/official.ts'
import { formatDate, formatDateTime } from '../domain/format.ts'
import { officialTranslator } from '../models/issued-documents.server.ts'
import type { Block } from './blocks.ts'
import { issueForm, letterhead, type OfficialDocument } from './forms.server.ts'

/** More rows than a desk prints in one go; a longer period is cut into several registers. */
const MAX_ROWS = 2000
const MAX_DAYS = 366

export interface RegisterPeriod {
  from: string
  to: string
}

/** The period asked for (`tu`, `den` as yyyy-mm-dd or dd/mm/yyyy), this month by default, or an error key. */
export function registerPeriod(url: URL, now = new Date()): { ok: true; period: RegisterPeriod } | { ok: false; error: string; period: RegisterPeriod } {
  const end = today(now)
  const fallback = { from: `${end.slice(0, 8)}01`, to: end }
  const typedFrom = url.searchParams.get('tu')
  const typedTo = url.searchParams.get('den')
  if (!typedFrom && !typedTo) return { ok: true, period: fallback }
  const from = parseCalendarDate(typedFrom)
  const to = parseCalendarDate(typedTo)
  if (!from || !to) return { ok: false, error: 'forms.07.errors.date', period: { from: typedFrom ?? '', to: typedTo ?? '' } }
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000
  if (days < 0 || days > MAX_DAYS) return { ok: false, error: 'forms.07.errors.range', period: { from, to } }
  return { ok: true, period: { from, to } }
}

type Agency = { id: string; code: string; name: string; unit: { name: string }; desks: { name: string }[] }

async function registerRows(agencyId: string, period: RegisterPeriod) {
  const prisma = await db()
  return prisma.dossier.findMany({
    where: { agencyId, receivedAt: { gte: new Date(`${period.from}T00:00:00+07:00`), lt: new Date(Date.parse(`${period.to}T00:00:00+07:00`) + 86_400_000) } },
    orderBy: [{ receivedAt: 'asc' }, { code: 'asc' }],
    take: MAX_ROWS,
    select: {
      code: true,
      applicantName: true,
      applicantAddress: true,
      applicantPhone: true,
      receivedAt: true,
      dueAt: true,
      resolvedAt: true,
      returnedAt: true,
      status: true,
      procedure: { select: { name: true } },
      assignee: { select: { fullName: true } },
    },
  })
}

export function registerDocument(agency: Agency, period: RegisterPeriod, rows: Awaited<ReturnType<typeof registerRows>>, t: TFunction, now = new Date()): OfficialDocument {
  const title = t('forms.07.title')
  // Dated at the end of the period, or today while the period is still running.
  const at = new Date(Math.min(now.getTime(), Date.parse(`${period.to}T17:00:00+07:00`)))
  const c = (key: string) => t(`forms.07.columns.${key}`)
  const blocks: Block[] = [
    letterhead(
      t,
      [agency.name, ...(agency.desks[0] ? [agency.desks[0].name] : [])],
      `${period.from.replace(/-/g, '')}-${period.to.replace(/-/g, '')}/${t('forms.07.abbr')}`,
      placeName(agency.unit.name),
      at,
    ),
    { kind: 'title', text: title, subtitle: t('forms.07.period', { from: showCalendarDate(period.from), to: showCalendarDate(period.to) }) },
    {
      kind: 'table',
      size: 8.5,
      columns: [
        { header: c('number'), width: 1 },
        { header: c('code'), width: 4.4 },
        { header: c('procedure'), width: 3.2 },
        { header: c('sets'), width: 0.9 },
        { header: c('applicant'), width: 2.2 },
        { header: c('contact'), width: 2.4 },
        { header: c('agency'), width: 2.2 },
        { header: c('received'), width: 1.7 },
        { header: c('due'), width: 1.7 },
        { header: c('resolved'), width: 1.6 },
        { header: c('returned'), width: 1.6 },
        { header: c('signed'), width: 1.4 },
        { header: c('note'), width: 1.8 },
      ],
      rows: rows.map((d, i) => [
        String(i + 1),
        d.code ?? '',
        d.procedure.name,
        '01',
        d.applicantName ?? '',
        [d.applicantAddress, d.applicantPhone].filter(Boolean).join(', '),
        [agency.name, d.assignee?.fullName].filter(Boolean).join(' — '),
        d.receivedAt ? formatDateTime(d.receivedAt) : '',
        d.dueAt ? formatDateTime(d.dueAt) : '',
        d.resolvedAt ? formatDate(d.resolvedAt) : '',
        d.returnedAt ? formatDate(d.returnedAt) : '',
        '',
        t(`dossierStatus.${d.status}`),
      ]),
    },
    { kind: 'signatures', parties: [{ title: t('forms.07.keeper'), note: t('forms.signers.note') }] },
  ]
  return { title, blocks, at, subject: `agency/${agency.id}/register/${period.from}/${period.to}` }
}

/** The register of the staff member's agency for the period asked for, issued with its verification code. */
export async function loadRegister(request: Request) {
  const user = await requireArea(request, 'backOffice')
  const asked = registerPeriod(new URL(request.url))
  if (!asked.ok) return { ok: false as const, error: asked.error, period: asked.period }
  const prisma = await db()
  const agency = await prisma.agency.findUniqueOrThrow({
    where: { id: user.agencyId! },
    select: { id: true, code: true, name: true, unit: { select: { name: true } }, desks: { select: { name: true }, take: 1 } },
  })
  const rows = await registerRows(agency.id, asked.period)
  const document = registerDocument(agency, asked.period, rows, await officialTranslator())
  const issued = await issueForm(document, { kind: 'FORM', formCode: '07', agency, issuedById: user.id, fileName: `so-theo-doi-${asked.period.from}-${asked.period.to}.pdf`, landscape: true })
  return { ok: true as const, period: asked.period, document, issued, count: rows.length }
}
