import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireRole } from '~/auth/guards.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { FormGroup } from '~/components/forms/FormGroup.tsx'
import { db } from '~/db.server.ts'
import { PROCEDURE_COLUMNS } from '~/domain/imports/procedure-records.ts'
import { bytesSource } from '~/models/import-source.server.ts'
import { importProcedures } from '~/models/procedure-import.server.ts'
import { describeImportError } from '~/utils/import-errors.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { parseMultipart, TOO_LARGE, uploadIn } from '~/utils/multipart.server.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

const SHOWN_ERRORS = 200

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  return { title: await pageTitle(request, 'imports.catalogue.title') }
}

/** The catalogue from the national procedures database's export: all rows stored (updated by code), or none. */
export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  const upload = await uploadIn(await parseMultipart(request), 'file')
  const fieldError = (message: string) => invalid({ ok: false as const, errors: { file: message }, problems: [], total: 0 })
  if (upload === null) return fieldError('import.errors.noFile')
  if (upload === TOO_LARGE) return fieldError('errors.upload.tooLarge')
  const result = await importProcedures(await db(), bytesSource(upload.name, upload.bytes))
  if (result.ok) return { ok: true as const, created: result.created, updated: result.updated }
  return invalid({ ok: false as const, errors: { file: 'imports.catalogue.refused' }, problems: result.errors.slice(0, SHOWN_ERRORS), total: result.errors.length })
}

export default function ImportProcedures() {
  const result = useActionData<typeof action>()
  const busy = useNavigation().state === 'submitting'
  const { t } = useTranslation()
  const failed = result && !result.ok ? result : null
  return (
    <>
      {failed ? <ErrorSummary errors={failed.errors} /> : null}
      <h1>{t('imports.catalogue.heading')}</h1>
      <p>{t('imports.catalogue.lead')}</p>
      {result?.ok ? (
        <div className="notice" role="status">
          <p>{t('imports.catalogue.done', { created: result.created, updated: result.updated })}</p>
          <Link to="/quan-tri/thu-tuc">{t('admin.nav.procedures')}</Link>
        </div>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="panel">
        <FormGroup id="file" label={t('import.file')} hint={t('imports.catalogue.fileHint', { columns: PROCEDURE_COLUMNS.join(', ') })} error={failed?.errors.file}>
          <input id="file" name="file" type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="file-input" aria-describedby={`file-hint${failed ? ' file-error' : ''}`} />
        </FormGroup>
        <button type="submit" className="button" disabled={busy}>
          {t('import.submit')}
        </button>
      </Form>
      {failed && failed.problems.length > 0 ? (
        <>
          <h2>{t('import.problems', { count: failed.total })}</h2>
          <ul>
            {failed.problems.map((problem) => (
              <li key={`${problem.line}-${problem.column}-${problem.message}`}>{describeImportError(problem, t)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
