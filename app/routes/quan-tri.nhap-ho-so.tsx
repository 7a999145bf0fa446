import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireRole } from '~/auth/guards.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { FormGroup } from '~/components/forms/FormGroup.tsx'
import { db } from '~/db.server.ts'
import { IMPORT_COLUMNS } from '~/domain/imports/dossier-records.ts'
import { importDossiers } from '~/models/dossier-import.server.ts'
import { describeImportError } from '~/utils/import-errors.ts'
import { titleMeta } from '~/utils/meta.ts'
import { parseMultipart, TOO_LARGE, uploadIn } from '~/utils/multipart.server.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { invalid } from '~/utils/invalid.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

const SHOWN_ERRORS = 200

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  const imported = await (await db()).dossier.count({ where: { imported: true } })
  return { title: await pageTitle(request, 'import.title'), imported }
}

/** Historical dossiers from a CSV file: all rows stored, or none and every problem listed by line. */
export async function action({ request }: ActionFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  const upload = await uploadIn(await parseMultipart(request), 'file')
  const fieldError = (message: string) => invalid({ ok: false as const, errors: { file: message }, problems: [], total: 0 })
  if (upload === null) return fieldError('import.errors.noFile')
  if (upload === TOO_LARGE) return fieldError('errors.upload.tooLarge')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(upload.bytes)
  } catch {
    return fieldError('import.errors.encoding')
  }
  const result = await importDossiers(await db(), text)
  if (result.ok) return { ok: true as const, imported: result.imported }
  return invalid({ ok: false as const, errors: { file: 'import.errors.rows' }, problems: result.errors.slice(0, SHOWN_ERRORS), total: result.errors.length })
}

export default function ImportDossiers() {
  const { imported } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const busy = useNavigation().state === 'submitting'
  const { t } = useTranslation()
  const failed = result && !result.ok ? result : null
  return (
    <>
      {failed ? <ErrorSummary errors={failed.errors} /> : null}
      <h1>{t('import.heading')}</h1>
      <p>{t('import.lead')}</p>
      <p className="secondary">{t('import.stored', { count: imported })}</p>
      {result?.ok ? (
        <div className="notice" role="status">
          <p>{t('import.done', { count: result.imported })}</p>
          <Link to="/quan-tri/thong-ke">{t('import.seeStatistics')}</Link>
        </div>
      ) : null}
      <Form method="post" encType="multipart/form-data" className="panel">
        <FormGroup id="file" label={t('import.file')} hint={t('import.fileHint', { columns: IMPORT_COLUMNS.join(', ') })} error={failed?.errors.file}>
          <input id="file" name="file" type="file" accept=".csv,text/csv" className="file-input" aria-describedby={`file-hint${failed ? ' file-error' : ''}`} />
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
