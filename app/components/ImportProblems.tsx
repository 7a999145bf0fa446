import { useTranslation } from 'react-i18next'
import type { ImportError } from '~/domain/imports/import-error.ts'
import { describeImportError } from '~/utils/import-errors.ts'

/** An import's problems, each with its line and column, under how many there are in all. */
export function ImportProblems({ problems, total }: { problems: ImportError[]; total: number }) {
  const { t } = useTranslation()
  if (problems.length === 0) return null
  return (
    <>
      <h2>{t('import.problems', { count: total })}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.line}-${problem.column}-${problem.message}`}>{describeImportError(problem, t)}</li>
        ))}
      </ul>
    </>
  )
}
