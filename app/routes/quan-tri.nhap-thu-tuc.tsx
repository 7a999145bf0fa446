import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireRole } from '~/auth/access.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { ImportFileForm } from '~/components/ImportFileForm.tsx'
import { ImportProblems } from '~/components/ImportProblems.tsx'
import { db } from '~/db.server.ts'
import { PROCEDURE_COLUMNS } from '~/domain/imports/procedure-records.ts'
import { bytesSource } from '~/models/import-source.server.ts'
import { importProcedures } from '~/models/procedure-import.server.ts'
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
      <ImportFileForm hint={t('imports.catalogue.fileHint', { columns: PROCEDURE_COLUMNS.join(', ') })} error={failed?.errors.file} />
      {failed ? <ImportProblems problems={failed.problems} total={failed.total} /> : null}
    </>
  )
}
