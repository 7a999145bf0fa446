import type { UseFormRegisterReturn } from 'react-hook-form'
import { describedBy, FormGroup } from './FormGroup.tsx'

/** A labelled select wired to react-hook-form, with its error message. */
export function SelectField({
  label,
  registration,
  error,
  defaultValue,
  options,
}: {
  label: string
  registration: UseFormRegisterReturn
  error?: string
  defaultValue?: string
  options: { value: string; label: string }[]
}) {
  const id = registration.name
  return (
    <FormGroup id={id} label={label} error={error}>
      <select id={id} className="select" defaultValue={defaultValue} aria-describedby={describedBy(id, undefined, error)} {...registration}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormGroup>
  )
}
