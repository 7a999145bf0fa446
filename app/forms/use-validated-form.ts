// react-hook-form driven by the action's zod schema: the browser checks before posting, the server checks
// again, and without JavaScript the native form posts and the server's messages are shown.
// The schema (and zod with it, 22 KB) is loaded when the person first focuses anything, not with the page:
// phones on slow networks get the form sooner, and a page that is only read never downloads it.
import { useSubmit } from '@remix-run/react'
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import { useForm, type FieldValues, type Resolver } from 'react-hook-form'
import type { z } from 'zod'
import type { FieldErrors, FormFailure } from './validation.ts'

/** The form's schema by dynamic import, e.g. `() => import('~/domain/identity/schemas.ts').then((m) => m.loginSchema)`. */
export type SchemaLoader = () => Promise<z.ZodType<unknown, FieldValues>>

export function useValidatedForm(loadSchema: SchemaLoader, failure: FormFailure | undefined) {
  const form = useForm<FieldValues>({
    resolver: useLazyResolver(loadSchema),
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

/**
 * A resolver that loads the schema on first focus or first use; if loading fails the server alone checks.
 * Pass a loader defined outside the component (or memoised): a new loader means a new schema.
 */
function useLazyResolver(loadSchema: SchemaLoader): Resolver<FieldValues> {
  const latest = useRef(loadSchema)
  latest.current = loadSchema
  const loaded = useRef<{ loader: SchemaLoader; resolver: Promise<Resolver<FieldValues> | undefined> }>()
  const load = useCallback(() => {
    const loader = latest.current
    if (loaded.current?.loader !== loader) {
      const resolver = Promise.all([import('@hookform/resolvers/zod'), loader()]).then(
        ([{ zodResolver }, schema]) => zodResolver(schema as never) as unknown as Resolver<FieldValues>,
        () => {
          // Try again next time (a dropped connection, a new deployment).
          if (loaded.current?.resolver === resolver) loaded.current = undefined
          return undefined
        },
      )
      loaded.current = { loader, resolver }
    }
    return loaded.current.resolver
  }, [])
  useEffect(() => {
    const preload = () => void load()
    document.addEventListener('focusin', preload, { once: true })
    return () => document.removeEventListener('focusin', preload)
  }, [load])
  return useCallback<Resolver<FieldValues>>(
    async (values, context, options) => {
      const resolve = await load()
      return resolve ? resolve(values, context, options) : { values, errors: {} }
    },
    [load],
  )
}
