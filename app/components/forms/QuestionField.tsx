import { useTranslation } from 'react-i18next'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { questionLabel } from '~/domain/catalogue/question-label.ts'
import type { Question } from '~/domain/catalogue/questionnaire.ts'
import { describedBy, FormGroup } from './FormGroup.tsx'

/** One of a procedure's own questions, drawn from its definition in data. */
export function QuestionField({ question, registration, error, defaultValue }: { question: Question; registration: UseFormRegisterReturn; error?: string; defaultValue?: string }) {
  const { t } = useTranslation()
  const id = registration.name
  const label = questionLabel(question, t)
  const hint = question.hintKey ? t(question.hintKey) : question.hint
  const common = { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(id, hint, error), defaultValue, ...registration }
  return (
    <FormGroup id={id} label={`${label}${question.required ? '' : ` ${t('form.optional')}`}`} hint={hint} error={error}>
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
    </FormGroup>
  )
}
