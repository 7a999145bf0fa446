// GOV.UK error summary: a list of every problem at the top, linking to each field; focused on arrival
// so screen-reader and keyboard users hear it first.
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { UPLOAD_LIMITS_MB } from '~/domain/files/sniff.ts'
import type { FieldErrors } from '~/forms/validation.ts'

/** `labels` names the fields whose messages alone would not say which question they are about. */
export function ErrorSummary({ errors, submitCount = 0, labels = {} }: { errors: FieldErrors; submitCount?: number; labels?: Record<string, string> }) {
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
        {entries.map(([field, message]) => {
          const text = labels[field] ? t('form.fieldError', { field: labels[field], message: t(message, UPLOAD_LIMITS_MB) }) : t(message, UPLOAD_LIMITS_MB)
          return <li key={field}>{field === 'form' ? text : <a href={`#${field}`}>{text}</a>}</li>
        })}
      </ul>
    </div>
  )
}
