// react-hook-form driven by the action's zod schema: the browser checks before posting, the server checks
// again, and without JavaScript the native form posts and the server's messages are shown.
import { zodResolver } from '@hookform/resolvers/zod'
import { useSubmit } from '@remix-run/react'
import { useEffect, useState, type FormEvent } from 'react'
import { useForm, type FieldValues, type Resolver } from 'react-hook-form'
import type { z } from 'zod'
import type { FieldErrors, FormFailure } from './validation.ts'

export function useValidatedForm(schema: z.ZodType<unknown, FieldValues>, failure: FormFailure | undefined) {
  const form = useForm<FieldValues>({
    resolver: zodResolver(schema as never) as unknown as Resolver<FieldValues>,
    mode: 'onTouched',
    defaultValues: failure?.values,
  })
  const [serverErrors, setServerErrors] = useState<FieldErrors>(failure?.errors ?? {})
  useEffect(() => setServerErrors(failure?.errors ?? {}), [failure])
  // A server message no longer applies once the person changes that field.
  useEffect(() => {
    const subscription = form.watch((_values, { name }) => {
      if (name) setServerErrors(({ [name]: _gone, ...rest }) => rest)
    })
    return () => subscription.unsubscribe()
  }, [form])

  const submit = useSubmit()
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget
    event.preventDefault()
    void form.handleSubmit(() => submit(element))(event)
  }

  const errors: FieldErrors = { ...serverErrors }
  for (const [name, error] of Object.entries(form.formState.errors)) {
    if (typeof error?.message === 'string') errors[name] = error.message
  }
  /** Everything a TextField needs; the default value is what the server echoed, so it survives without JS. */
  const field = (name: string) => ({
    registration: form.register(name),
    error: errors[name],
    defaultValue: failure?.values[name],
  })
  return { field, register: form.register, errors, onSubmit, submitCount: form.formState.submitCount }
}
