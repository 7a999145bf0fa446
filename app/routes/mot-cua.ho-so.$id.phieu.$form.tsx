import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '~/auth/guards.server.ts'
import { db } from '~/db.server.ts'
import { FORM_CODES, formDocument } from '~/documents/forms.server.ts'
import { renderPdf } from '~/documents/pdf.server.ts'
import type { Block } from '~/documents/blocks.ts'
import type { FormCode } from '~/domain/dossier/transitions.ts'
import { translatorFor } from '~/i18n/i18n.server.ts'
import { getAgencyDossier } from '~/models/queue.server.ts'
import { attachmentHeaders } from '~/utils/download.server.ts'
import { titleMeta } from '~/utils/meta.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** A form of the workflow as a printable page, or with ?pdf=1 as a PDF made by pdfkit. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'backOffice')
  const code = params.form as FormCode
  const dossier = await getAgencyDossier(await db(), params.id ?? '', user)
  if (!dossier || !FORM_CODES.includes(code)) throw new Response('Not found', { status: 404 })
  const document = formDocument(code, dossier, await translatorFor(request))
  if (new URL(request.url).searchParams.get('pdf') === '1') {
    const pdf = await renderPdf(document.title, document.blocks)
    return new Response(new Uint8Array(pdf), {
      headers: attachmentHeaders({ fileName: `mau-${code}-${dossier.code}.pdf`, contentType: 'application/pdf', size: pdf.length }),
    })
  }
  return { title: document.title, blocks: document.blocks, dossierId: dossier.id, code }
}

export default function PrintableForm() {
  // The PDF variant is a Response and never renders this component.
  const data = useLoaderData<typeof loader>() as unknown as { blocks: Block[]; dossierId: string }
  const { t } = useTranslation()
  return (
    <article className="printable">
      <p className="no-print">
        <a href={`/mot-cua/ho-so/${data.dossierId}`}>{t('wizard.back')}</a> ·{' '}
        <a href={`?pdf=1`} download>
          {t('forms.downloadPdf')}
        </a>
      </p>
      {data.blocks.map((block, i) => {
        switch (block.kind) {
          case 'centered':
            return (
              <p key={i} className={`printable__centered${block.bold ? ' printable__bold' : ''}`}>
                {block.text}
              </p>
            )
          case 'heading':
            return <h1 key={i}>{block.text}</h1>
          case 'field':
            return (
              <p key={i}>
                <strong>{block.label}:</strong> {block.value}
              </p>
            )
          default:
            return <p key={i}>{block.text}</p>
        }
      })}
    </article>
  )
}
