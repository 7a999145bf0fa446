import { Form } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormats } from '~/statistics/components/use-formats.ts'
import type { ImportError } from '~/domain/imports/import-error.ts'
import { ImportProblems } from './ImportProblems.tsx'

interface Run {
  id: string
  fileName: string
  status: string
  total: number
  checked: number
  stored: number
  problemCount: number
  problems: unknown
  storageKey: string | null
}

/** Where an import stands: its progress while it runs (the page refreshes itself), its result, its problems. */
export function ImportRunStatus({ run, done }: { run: Run; done?: ReactNode }) {
  const { t } = useTranslation()
  const f = useFormats()
  const running = run.status === 'CHECKING' || run.status === 'STORING'
  const problems = (Array.isArray(run.problems) ? run.problems : []) as ImportError[]
  const share = run.status === 'STORING' && run.total ? run.stored / run.total : null
  return (
    <div className={`notice${run.status === 'REFUSED' || run.status === 'INTERRUPTED' ? ' notice--warning' : ''}`} role="status">
      {/* Without JavaScript too: the page reloads itself while the import runs. */}
      {running ? <meta httpEquiv="refresh" content="2" /> : null}
      <p>
        <strong>{run.fileName}</strong>:{' '}
        {t(`imports.runs.${run.status}`, { checked: f.count(run.checked), stored: f.count(run.stored), total: f.count(run.total), problems: f.count(run.problemCount) })}
      </p>
      {share !== null ? <progress max={1} value={share} aria-label={t('imports.progress')} /> : null}
      {run.status === 'DONE' ? done : null}
      {run.status === 'INTERRUPTED' && run.storageKey ? (
        <Form method="post" encType="multipart/form-data">
          <input type="hidden" name="resume" value={run.id} />
          <button type="submit" className="button button--secondary">
            {t('imports.resume')}
          </button>
        </Form>
      ) : null}
      <ImportProblems problems={problems} total={run.problemCount} />
    </div>
  )
}
