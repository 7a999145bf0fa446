import { useTranslation } from 'react-i18next'

/** A select of a GET filter form, with "any" first; works without JavaScript. */
export function FilterSelect({ name, label, value, options }: { name: string; label: string; value?: string; options: { value: string; label: string }[] }) {
  const { t } = useTranslation()
  return (
    <div>
      <label className="label" htmlFor={name}>
        {label}
      </label>
      <select id={name} name={name} className="select" defaultValue={value ?? ''}>
        <option value="">{t('catalogue.any')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
