import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { UPLOAD_LIMITS_MB } from '~/domain/files/sniff.ts'

/** The ids a control should name in aria-describedby for its hint and error. */
export function describedBy(id: string, hint?: string, error?: string) {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
}

/**
 * GOV.UK form group: label, hint, error message (a message key, translated here; upload messages quote the
 * limits), then the control.
 */
export function FormGroup({ id, label, hint, error, children }: { id: string; label: ReactNode; hint?: string; error?: string; children: ReactNode }) {
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
          <span className="visually-hidden">{t('form.errorPrefix')}</span> {t(error, UPLOAD_LIMITS_MB)}
        </p>
      ) : null}
      {children}
    </div>
  )
}
