import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireRole } from '~/auth/access.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { ImportFileForm } from '~/components/ImportFileForm.tsx'
import { ImportRunStatus } from '~/components/ImportRunStatus.tsx'
import { db } from '~/db.server.ts'
import { IMPORT_COLUMNS } from '~/domain/imports/dossier-records.ts'
import { importDossiers } from '~/models/dossier-import.server.ts'
import { keepUpload, runToShow, startInBackground, storedSource } from '~/models/import-runs.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { parseMultipart, TOO_LARGE, uploadIn } from '~/utils/multipart.server.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { invalid } from '~/utils/invalid.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  const prisma = await db()
  const [imported, run] = await Promise.all([prisma.dossier.count({ where: { imported: true } }), runToShow(prisma, 'dossiers', new URL(request.url).searchParams.get('lan'))])
  return { title: await pageTitle(request, 'import.title'), imported, run }
}

/**
 * Historical dossiers from a CSV or XLSX file, checked and stored in the background: the page follows the
 * run's progress; all rows are stored, or none and every problem is listed by line. An interrupted run resumes.
 */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ['SYSTEM_ADMIN'])
  const form = await parseMultipart(request)
  const prisma = await db()
  const fieldError = (message: string) => invalid({ ok: false as const, errors: { file: message } })
  const resume = form.get('resume')
  const input = typeof resume === 'string' ? await storedSource(prisma, resume, 'dossiers') : await uploaded(await uploadIn(form, 'file'))
  if (typeof input === 'string') return fieldError(input)
  if (!input) return fieldError('import.errors.noFile')
  const runId = await startInBackground((onRun) => importDossiers(prisma, input.source, { onRun, startedById: user.id, storageKey: input.storageKey }))
  if (!runId) return fieldError('import.errors.running')
  return redirect(`/quan-tri/nhap-ho-so?lan=${runId}`)
}

async function uploaded(upload: Awaited<ReturnType<typeof uploadIn>>) {
  if (upload === null) return null
  if (upload === TOO_LARGE) return 'errors.upload.tooLarge'
  return keepUpload(upload.name, upload.bytes)
}

export default function ImportDossiers() {
  const { imported, run } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useTranslation()
  const failed = result && !result.ok ? result : null
  return (
    <>
      {failed ? <ErrorSummary errors={failed.errors} /> : null}
      <h1>{t('import.heading')}</h1>
      <p>{t('import.lead')}</p>
      <p className="secondary">{t('import.stored', { count: imported })}</p>
      {run ? <ImportRunStatus run={run} done={<a href="/quan-tri/thong-ke">{t('import.seeStatistics')}</a>} /> : null}
      <ImportFileForm hint={t('import.fileHint', { columns: IMPORT_COLUMNS.join(', ') })} error={failed?.errors.file} />
    </>
  )
}
