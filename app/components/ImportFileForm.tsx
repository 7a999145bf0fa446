import { Form, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FormGroup } from './forms/FormGroup.tsx'

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The upload of an import file (CSV or XLSX), the same on every import page. */
export function ImportFileForm({ hint, error }: { hint: string; error?: string }) {
  const { t } = useTranslation()
  const busy = useNavigation().state === 'submitting'
  return (
    <Form method="post" encType="multipart/form-data" className="panel">
      <FormGroup id="file" label={t('import.file')} hint={hint} error={error}>
        <input id="file" name="file" type="file" accept={ACCEPT} className="file-input" aria-describedby={`file-hint${error ? ' file-error' : ''}`} />
      </FormGroup>
      <button type="submit" className="button" disabled={busy}>
        {t('import.submit')}
      </button>
    </Form>
  )
}
