// GOV.UK error summary: a list of every problem at the top, linking to each field; focused on arrival
// so screen-reader and keyboard users hear it first.
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { UPLOAD_LIMITS_MB } from '~/domain/files/sniff.ts'
import type { FieldErrors } from '~/forms/validation.ts'

export function ErrorSummary({ errors, submitCount = 0 }: { errors: FieldErrors; submitCount?: number }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDivElement>(null)
  const entries = Object.entries(errors)
  const shown = entries.length > 0
  useEffect(() => {
    if (shown) ref.current?.focus()
  }, [shown, submitCount])
  if (!shown) return null
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <h2 id="error-summary-title" className="error-summary__title">
        {t('form.errorSummaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {entries.map(([field, message]) => (
          <li key={field}>{field === 'form' ? t(message, UPLOAD_LIMITS_MB) : <a href={`#${field}`}>{t(message, UPLOAD_LIMITS_MB)}</a>}</li>
        ))}
      </ul>
    </div>
  )
}
