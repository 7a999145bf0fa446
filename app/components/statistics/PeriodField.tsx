import { useTranslation } from 'react-i18next'

/** The statistics period (a year, a quarter or a month), asked the same way on the public and staff pages. */
export function PeriodField({ period }: { period: string }) {
  const { t } = useTranslation()
  return (
    <div>
      <label className="label" htmlFor="ky">
        {t('statistics.period')}
      </label>
      <input id="ky" name="ky" className="input" defaultValue={period} aria-describedby="ky-hint" />
      <p id="ky-hint" className="hint">
        {t('statistics.periodHint')}
      </p>
    </div>
  )
}
