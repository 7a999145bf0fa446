import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { describedBy, FormGroup } from '~/components/forms/FormGroup.tsx'

/** Upload a file to compare with an issued original (one page finds it by its bytes, the other compares). */
export function VerifyFileForm({ error, intent }: { error?: string; intent?: string }) {
  const { t } = useTranslation()
  return (
    <Form method="post" encType="multipart/form-data" noValidate>
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <FormGroup id="file" label={t('verify.file')} hint={t('verify.fileHint')} error={error}>
        <input id="file" name="file" type="file" className="file-input" aria-describedby={describedBy('file', t('verify.fileHint'), error)} />
      </FormGroup>
      <button type="submit" className="button">
        {t('verify.compare')}
      </button>
    </Form>
  )
}
