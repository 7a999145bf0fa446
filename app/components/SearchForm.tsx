import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

/**
 * A plain GET search form: works without JavaScript and gives shareable addresses. The catalogue's by default;
 * the back office passes its own address and texts.
 */
export function SearchForm({
  defaultValue,
  children,
  action = '/thu-tuc',
  label = 'catalogue.searchLabel',
  hint = 'catalogue.searchHint',
}: {
  defaultValue?: string
  children?: React.ReactNode
  action?: string
  /** Message keys. */
  label?: string
  hint?: string
}) {
  const { t } = useTranslation()
  return (
    <Form method="get" action={action} role="search">
      <label className="label" htmlFor="q">
        {t(label)}
      </label>
      <div id="q-hint" className="hint">
        {t(hint)}
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
