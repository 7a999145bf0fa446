import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FigureList } from '~/components/statistics/FigureList.tsx'
import { PeriodField } from '~/components/statistics/PeriodField.tsx'
import { db } from '~/db.server.ts'
import { formatAmount, formatShare } from '~/domain/format.ts'
import { reportingPeriod } from '~/utils/reporting-period.server.ts'
import { headlineFigures } from '~/models/statistics.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** Province-wide headline figures, as the press reports them. */
export async function loader({ request }: LoaderFunctionArgs) {
  const period = reportingPeriod(new URL(request.url).searchParams.get('ky'))
  const figures = await headlineFigures(await db(), period.from, period.to)
  return { title: await pageTitle(request, 'statistics.title'), period: period.key, figures }
}

export default function PublicStatistics() {
  const { period, figures } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const cards: [string, string][] = [
    [String(figures.received), t('statistics.received')],
    [formatShare(figures.onlineShare), t('statistics.onlineShare', { count: figures.receivedOnline })],
    [formatShare(figures.onTimeRate), t('statistics.onTimeRate', { count: figures.resolved })],
    [String(figures.onlinePayments), t('statistics.onlinePayments')],
    [t('money.vnd', { amount: formatAmount(figures.onlinePaymentAmount) }), t('statistics.onlinePaymentAmount')],
    [formatShare(figures.paidOnlineShare), t('statistics.paidOnlineShare')],
  ]
  return (
    <>
      <h1>{t('statistics.heading', { period })}</h1>
      <Form method="get" className="panel">
        <PeriodField period={period} />
        <button type="submit" className="button button--secondary">
          {t('statistics.show')}
        </button>
      </Form>
      <FigureList figures={cards} />
      <p>{t('statistics.definitions')}</p>
    </>
  )
}
