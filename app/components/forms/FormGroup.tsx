import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** The ids a control should name in aria-describedby for its hint and error. */
export function describedBy(id: string, hint?: string, error?: string) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
}

/** GOV.UK form group: label, hint, error message (a message key, translated here), then the control. */
export function FormGroup({ id, label, hint, error, errorValues, children }: { id: string; label: ReactNode; hint?: string; error?: string; errorValues?: Record<string, unknown>; children: ReactNode }) {
  const { t } = useTranslation()
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">{t('form.errorPrefix')}</span> {t(error, errorValues)}
        </p>
      ) : null}
      {children}
    </div>
  )
}
