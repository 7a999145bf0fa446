import type { LoaderFunctionArgs } from '@remix-run/node'
import { db } from '~/db.server.ts'
import { declarationForm } from '~/documents/declaration-form.server.ts'
import { renderPdf } from '~/documents/pdf.server.ts'
import { getProcedureForm } from '~/models/catalogue.server.ts'
import { officialTranslator } from '~/models/issued-documents.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'

/** A procedure's blank declaration form (tờ khai), drawn from the questions the online wizard asks. */
export async function loader({ params }: LoaderFunctionArgs) {
  const form = await getProcedureForm(await db(), params.code ?? '', params.formId ?? '')
  if (!form) throw new Response('Not found', { status: 404 })
  const { title, blocks } = declarationForm({ form, procedure: form.procedure }, await officialTranslator())
  const pdf = await renderPdf(title, blocks)
  return new Response(new Uint8Array(pdf), { headers: attachmentHeaders({ fileName: `to-khai-${params.code}.pdf`, contentType: 'application/pdf', size: pdf.length }, 'public, max-age=3600') })
}
