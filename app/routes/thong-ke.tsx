import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { CatalogueCards, HeadlineCards } from '~/statistics/components/HeadlineCards.tsx'
import { PeriodForm } from '~/statistics/components/PeriodField.tsx'
import { periodLabel } from '~/statistics/components/period-label.ts'
import { db } from '~/db.server.ts'
import { catalogueFigures, headlineFigures } from '~/statistics/figures.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { periodOf, refusedPeriod } from '~/statistics/scope.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** Province-wide headline figures, as the press reports them. */
export async function loader({ request }: LoaderFunctionArgs) {
  const title = await pageTitle(request, 'statistics.title')
  const read = periodOf(new URL(request.url))
  if (!read.ok) return refusedPeriod({ title, figures: null, catalogue: null }, read.input)
  const prisma = await db()
  // In turn: the figures fold the latest changes, which the catalogue figures then read.
  const figures = await headlineFigures(prisma, read.period)
  const catalogue = await catalogueFigures(prisma, read.period)
  return { title, input: read.input, period: read.period, figures, catalogue }
}

export default function PublicStatistics() {
  const { input, period, figures, catalogue } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <>
      <h1>{period ? t('statistics.heading', { period: periodLabel(period, t) }) : t('statistics.title')}</h1>
      <PeriodForm input={input} />
      {figures && catalogue ? (
        <>
          <HeadlineCards figures={figures} />
          <CatalogueCards catalogue={catalogue} />
          <p>{t('statistics.definitions')}</p>
        </>
      ) : null}
    </>
  )
}
