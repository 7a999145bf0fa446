import { useTranslation } from 'react-i18next'
import type { useValidatedForm } from '~/forms/use-validated-form.ts'
import { TextField } from './TextField.tsx'

type Field = ReturnType<typeof useValidatedForm>['field']

/** A new password typed twice, with its rules as the hint (registration, password change, recovery). */
export function NewPasswordFields({ field, label }: { field: Field; label: string }) {
  const { t } = useTranslation()
  return (
    <>
      <TextField label={label} hint={t('register.passwordHint')} {...field('password')} type="password" autoComplete="new-password" />
      <TextField label={t('register.confirmPassword')} {...field('confirmPassword')} type="password" autoComplete="new-password" />
    </>
  )
}
