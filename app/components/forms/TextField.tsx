import type { InputHTMLAttributes } from 'react'
import { useTranslation } from 'react-i18next'
import type { UseFormRegisterReturn } from 'react-hook-form'

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> {
  label: string
  hint?: string
  /** A message key, translated here. */
  error?: string
  registration: UseFormRegisterReturn
}

/** Label, hint, error message and input wired together for assistive technology. */
export function TextField({ label, hint, error, registration, className, ...input }: TextFieldProps) {
  const { t } = useTranslation()
  const id = registration.name
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
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
          <span className="visually-hidden">{t('form.errorPrefix')}</span> {t(error)}
        </p>
      ) : null}
      <input
        id={id}
        className={`input${error ? ' input--error' : ''}${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        {...input}
        {...registration}
      />
    </div>
  )
}
