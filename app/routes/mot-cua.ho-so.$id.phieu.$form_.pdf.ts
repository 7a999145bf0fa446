import type { LoaderFunctionArgs } from '@remix-run/node'
import { loadFormDocument } from '~/documents/forms.server.ts'
import { renderPdf } from '~/documents/pdf.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'

/** A workflow form as PDF (pdfkit, Noto Sans for Vietnamese diacritics). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { dossier, code, document } = await loadFormDocument(request, params)
  const pdf = await renderPdf(document.title, document.blocks)
  return new Response(new Uint8Array(pdf), {
    headers: attachmentHeaders({ fileName: `mau-${code}-${dossier.code}.pdf`, contentType: 'application/pdf', size: pdf.length }),
  })
}
