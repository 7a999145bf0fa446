import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

/** A plain GET form to /thu-tuc: works without JavaScript and gives shareable addresses. */
export function SearchForm({ defaultValue, children }: { defaultValue?: string; children?: React.ReactNode }) {
  const { t } = useTranslation()
  return (
    <Form method="get" action="/thu-tuc" role="search">
      <label className="label" htmlFor="q">
        {t('catalogue.searchLabel')}
      </label>
      <div id="q-hint" className="hint">
        {t('catalogue.searchHint')}
      </div>
      <div className="search-form">
        <input id="q" name="q" type="search" className="input" defaultValue={defaultValue} aria-describedby="q-hint" />
        <button type="submit" className="button">
          {t('catalogue.searchButton')}
        </button>
      </div>
      {children}
    </Form>
  )
}
