import { useTranslation } from 'react-i18next'
import type { UseFormRegisterReturn } from 'react-hook-form'
import type { Question } from '~/domain/catalogue/questionnaire.ts'

/** One of a procedure's own questions, drawn from its definition in data. */
export function QuestionField({ question, registration, error, defaultValue }: { question: Question; registration: UseFormRegisterReturn; error?: string; defaultValue?: string }) {
  const { t } = useTranslation()
  const id = registration.name
  const describedBy = [question.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, defaultValue, ...registration }
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {question.label}
        {question.required ? null : ` ${t('form.optional')}`}
      </label>
      {question.hint ? (
        <div id={`${id}-hint`} className="hint">
          {question.hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="error-message">
          <span className="visually-hidden">{t('form.errorPrefix')}</span> {t(error)}
        </p>
      ) : null}
      {question.kind === 'textarea' ? (
        <textarea className={`input textarea${error ? ' input--error' : ''}`} rows={5} {...common} />
      ) : question.kind === 'select' ? (
        <select className="select" {...common}>
          <option value="">{t('form.choose')}</option>
          {question.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input className={`input${error ? ' input--error' : ''}`} type={question.kind === 'date' ? 'date' : 'text'} {...common} />
      )}
    </div>
  )
}
