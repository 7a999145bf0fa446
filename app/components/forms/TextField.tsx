import type { InputHTMLAttributes } from 'react'
import type { UseFormRegisterReturn } from 'react-hook-form'
import { describedBy, FormGroup } from './FormGroup.tsx'

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'name'> {
  label: string
  hint?: string
  /** A message key, translated where shown. */
  error?: string
  registration: UseFormRegisterReturn
}

/** Label, hint, error message and input wired together for assistive technology. */
export function TextField({ label, hint, error, registration, className, ...input }: TextFieldProps) {
  const id = registration.name
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        className={`input${error ? ' input--error' : ''}${className ? ` ${className}` : ''}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...input}
        {...registration}
      />
    </FormGroup>
  )
}
