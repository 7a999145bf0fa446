import type { LoaderFunctionArgs } from '@remix-run/node'
import { declarationForm } from '~/documents/declaration-form.server.ts'
import { renderPdf } from '~/documents/pdf.server.ts'
import { declaredAnswers } from '~/models/dossier-view.server.ts'
import { officialTranslator } from '~/models/issued-documents.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'
import { requireFiledDossier } from '~/utils/draft.server.ts'

/** The procedure's declaration form filled in with what the applicant declared, as filed. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { prisma, where } = await requireFiledDossier(request, params.id)
  const dossier = await prisma.dossier.findFirst({
    where,
    select: {
      code: true,
      submittedAt: true,
      declaration: true,
      formData: true,
      applicantName: true,
      applicantNationalId: true,
      applicantAddress: true,
      applicantPhone: true,
      agency: { select: { name: true } },
      procedure: {
        select: { name: true, formSchema: true, forms: { select: { code: true, name: true }, take: 1 }, documents: { orderBy: { position: 'asc' }, select: { name: true, formId: true } } },
      },
    },
  })
  if (!dossier) throw new Response('Not found', { status: 404 })
  const t = await officialTranslator()
  const form = dossier.procedure.forms[0] ?? { code: dossier.procedure.name, name: t('declarationForm.title', { procedure: dossier.procedure.name }) }
  const { title, blocks } = declarationForm(
    {
      form,
      procedure: dossier.procedure,
      agencyName: dossier.agency.name,
      applicant: { name: dossier.applicantName, nationalId: dossier.applicantNationalId, address: dossier.applicantAddress, phone: dossier.applicantPhone },
      declared: declaredAnswers(dossier),
      at: dossier.submittedAt ?? undefined,
    },
    t,
  )
  const pdf = await renderPdf(title, blocks)
  return new Response(new Uint8Array(pdf), { headers: attachmentHeaders({ fileName: `to-khai-${dossier.code}.pdf`, contentType: 'application/pdf', size: pdf.length }) })
}
