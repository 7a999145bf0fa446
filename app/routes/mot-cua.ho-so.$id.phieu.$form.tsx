import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { loadFormDocument } from '~/documents/forms.server.ts'
import { titleMeta } from '~/utils/meta.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** A form of the workflow as a printable page (its PDF twin is the `pdf` resource route beside it). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { document, dossier } = await loadFormDocument(request, params)
  return { title: document.title, blocks: document.blocks, dossierId: dossier.id, code: params.form }
}

export default function PrintableForm() {
  const data = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <article className="printable">
      <p className="no-print">
        <a href={`/mot-cua/ho-so/${data.dossierId}`}>{t('wizard.back')}</a> ·{' '}
        <a href={`/mot-cua/ho-so/${data.dossierId}/phieu/${data.code}/pdf`} download>
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
