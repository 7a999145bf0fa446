import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PrintedDocument } from '~/components/PrintedDocument.tsx'
import { loadFormDocument } from '~/documents/forms.server.ts'
import { officialTranslator } from '~/models/issued-documents.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { verificationOf } from '~/utils/verification.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** A form of the workflow as a printable page; its signed PDF, with the same code, is the `pdf` route beside it. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { document, dossier, issued } = await loadFormDocument(request, params)
  return { title: document.title, blocks: document.blocks, dossierId: dossier.id, code: params.form, verification: await verificationOf(issued.code, await officialTranslator()) }
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
        </a>{' '}
        <span className="secondary">{t('forms.officialLanguage')}</span>
      </p>
      <PrintedDocument blocks={data.blocks} verification={data.verification} />
    </article>
  )
}
