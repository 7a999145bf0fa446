import { useTranslation } from 'react-i18next'
import type { UseFormRegisterReturn } from 'react-hook-form'

/** A labelled select wired to react-hook-form, with its error message. */
export function SelectField({ label, registration, error, defaultValue, options }: { label: string; registration: UseFormRegisterReturn; error?: string; defaultValue?: string; options: { value: string; label: string }[] }) {
  const { t } = useTranslation()
  const id = registration.name
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {error ? (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">{t('form.errorPrefix')}</span> {t(error)}
        </p>
      ) : null}
      <select id={id} className="select" defaultValue={defaultValue} aria-describedby={error ? `${id}-error` : undefined} {...registration}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
