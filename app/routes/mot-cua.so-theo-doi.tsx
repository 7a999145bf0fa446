import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { describedBy, FormGroup } from '~/components/forms/FormGroup.tsx'
import { PrintedDocument } from '~/components/PrintedDocument.tsx'
import { loadRegister } from '~/documents/register.server.ts'
import { officialTranslator } from '~/models/issued-documents.server.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { verificationOf } from '~/utils/verification.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** Form 07: the agency's register of dossiers received over a period, as a printable page and a signed PDF. */
export async function loader({ request }: LoaderFunctionArgs) {
  const register = await loadRegister(request)
  const title = await pageTitle(request, 'forms.07.title')
  if (!register.ok) return invalid({ title, period: register.period, error: register.error, blocks: null, verification: null, count: 0 })
  const verification = await verificationOf(register.issued.code, await officialTranslator())
  return { title, period: register.period, error: null, blocks: register.document.blocks, verification, count: register.count }
}

export default function Register() {
  const data = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const query = new URLSearchParams({ tu: data.period.from, den: data.period.to })
  return (
    <article className="printable printable--wide">
      <div className="no-print">
        <h1>{t('forms.07.title')}</h1>
        <Form method="get" className="inline-form">
          <FormGroup id="tu" label={t('forms.07.from')} error={data.error ?? undefined}>
            <input id="tu" name="tu" type="date" className="input" defaultValue={data.period.from} aria-describedby={describedBy('tu', undefined, data.error ?? undefined)} />
          </FormGroup>
          <FormGroup id="den" label={t('forms.07.to')}>
            <input id="den" name="den" type="date" className="input" defaultValue={data.period.to} />
          </FormGroup>
          <button type="submit" className="button">
            {t('forms.07.show')}
          </button>
        </Form>
        {data.blocks ? (
          <p>
            {t('forms.07.count', { count: data.count })} ·{' '}
            <a href={`/mot-cua/so-theo-doi/pdf?${query}`} download>
              {t('forms.downloadPdf')}
            </a>{' '}
            <span className="secondary">{t('forms.officialLanguage')}</span>
          </p>
        ) : null}
      </div>
      {data.blocks ? <PrintedDocument blocks={data.blocks} verification={data.verification ?? undefined} /> : null}
    </article>
  )
}
