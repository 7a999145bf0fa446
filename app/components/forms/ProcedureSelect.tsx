import { useTranslation } from 'react-i18next'
import { FormGroup } from './FormGroup.tsx'

/** The procedure to file, by name and code: counter intake and support points both start with it. */
export function ProcedureSelect({ procedures, error, defaultValue, name = 'procedureCode' }: { procedures: { code: string; name: string }[]; error?: string; defaultValue?: string; name?: string }) {
  const { t } = useTranslation()
  return (
    <FormGroup id={name} label={t('dossier.procedure')} error={error}>
      <select id={name} name={name} className="select" defaultValue={defaultValue}>
        {defaultValue !== undefined ? <option value="">{t('form.choose')}</option> : null}
        {procedures.map((p) => (
          <option key={p.code} value={p.code}>
            {p.name} ({p.code})
          </option>
        ))}
      </select>
    </FormGroup>
  )
}
