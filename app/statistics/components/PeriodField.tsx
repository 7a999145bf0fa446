import { Form } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { describedBy } from '~/components/forms/FormGroup.tsx'

export interface PeriodInput {
  value: string
  cutOff: boolean
  error: string | null
}

/** The reporting period as people write it, and the reporting cut-off option; the same on every statistics page. */
export function PeriodField({ input }: { input: PeriodInput }) {
  const { t } = useTranslation()
  return (
    <div className={`form-group${input.error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor="ky">
        {t('statistics.period')}
      </label>
      <p id="ky-hint" className="hint">
        {t('statistics.periodHint')}
      </p>
      {input.error ? (
        <p id="ky-error" className="error-message">
          <span className="visually-hidden">{t('form.errorPrefix')}</span> {t(input.error)}
        </p>
      ) : null}
      <input id="ky" name="ky" className="input" defaultValue={input.value} aria-describedby={describedBy('ky', 'hint', input.error ?? undefined)} aria-invalid={input.error ? true : undefined} />
      <div className="checkboxes">
        <label className="radio">
          <input name="chot" type="checkbox" value="1" defaultChecked={input.cutOff} aria-describedby="chot-hint" /> {t('statistics.cutOff')}
        </label>
      </div>
      <p id="chot-hint" className="hint">
        {t('statistics.cutOffHint')}
      </p>
    </div>
  )
}

/** The period's form on every statistics page, with any other choices of the page beside the period. */
export function PeriodForm({ input, children }: { input: PeriodInput; children?: ReactNode }) {
  const { t } = useTranslation()
  return (
    <Form method="get" className="panel">
      {children ? (
        <div className="filters">
          <PeriodField input={input} />
          {children}
        </div>
      ) : (
        <PeriodField input={input} />
      )}
      <button type="submit" className="button button--secondary">
        {t('statistics.show')}
      </button>
    </Form>
  )
}
