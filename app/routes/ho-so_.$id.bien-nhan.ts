import type { LoaderFunctionArgs } from '@remix-run/node'
import { renderPdf } from '~/documents/pdf.server.ts'
import { formatDate, formatDateTime } from '~/domain/format.ts'
import { maskNationalId } from '~/domain/identity/national-id.ts'
import { translatorFor } from '~/i18n/i18n.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'
import { requireFiledDossier } from '~/utils/draft.server.ts'

/** The receipt of an online submission, as a PDF the applicant can print or keep. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { prisma, where } = await requireFiledDossier(request, params.id)
  const dossier = await prisma.dossier.findFirst({
    where,
    include: { procedure: { select: { name: true } }, agency: { select: { name: true } }, documents: { include: { requiredDocument: { select: { name: true } } } } },
  })
  if (!dossier?.code) throw new Response('Not found', { status: 404 })
  const t = await translatorFor(request)
  const pdf = await renderPdf(t('receipt.title'), [
    { kind: 'centered', text: dossier.agency.name.toUpperCase(), bold: true },
    { kind: 'heading', text: t('receipt.title').toUpperCase() },
    { kind: 'field', label: t('dossier.code'), value: dossier.code },
    { kind: 'field', label: t('dossier.procedure'), value: dossier.procedure.name },
    { kind: 'field', label: t('receipt.applicant'), value: dossier.applicantName ?? '' },
    { kind: 'field', label: t('register.nationalId'), value: dossier.applicantNationalId ? maskNationalId(dossier.applicantNationalId) : '' },
    { kind: 'field', label: t('dossier.submittedAt'), value: dossier.submittedAt ? formatDateTime(dossier.submittedAt) : '' },
    { kind: 'field', label: t('dossier.expectedDue'), value: dossier.dueAt ? formatDate(dossier.dueAt) : '' },
    { kind: 'paragraph', text: t('receipt.documents') },
    ...dossier.documents.map((d, i) => ({ kind: 'paragraph' as const, text: `${i + 1}. ${d.requiredDocument?.name ?? ''}` })),
    { kind: 'paragraph', text: t('receipt.note') },
  ])
  return new Response(new Uint8Array(pdf), {
    headers: attachmentHeaders({ fileName: `bien-nhan-${dossier.code}.pdf`, contentType: 'application/pdf', size: pdf.length }),
  })
}
