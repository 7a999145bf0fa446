import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FilterSelect } from '~/components/forms/FilterSelect.tsx'
import { db } from '~/db.server.ts'
import { formatAmount, formatShare } from '~/domain/format.ts'
import { DIMENSIONS } from '~/domain/statistics/dimensions.ts'
import { figuresBy, headlineFigures } from '~/models/statistics.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { statisticsScope } from '~/utils/statistics.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const { period, dimension, agencyId } = await statisticsScope(request)
  const prisma = await db()
  const [total, groups] = await Promise.all([headlineFigures(prisma, period.from, period.to, agencyId), figuresBy(prisma, period.from, period.to, dimension, agencyId)])
  return { title: await pageTitle(request, 'dashboard.title'), period: period.key, dimension, total, groups }
}

export default function Dashboard() {
  const { period, dimension, total, groups } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const query = `ky=${period}&theo=${dimension}`
  const label = (key: string, text: string) => (dimension === 'channel' ? t(`channel.${key}`) : text)
  return (
    <>
      <h1>{t('dashboard.heading', { period })}</h1>
      <Form method="get" className="panel">
        <div className="filters">
          <div>
            <label className="label" htmlFor="ky">
              {t('statistics.period')}
            </label>
            <input id="ky" name="ky" className="input" defaultValue={period} />
          </div>
          <FilterSelect name="theo" label={t('dashboard.by')} value={dimension} options={DIMENSIONS.map((d) => ({ value: d, label: t(`dashboard.dimensions.${d}`) }))} />
        </div>
        <button type="submit" className="button button--secondary">
          {t('statistics.show')}
        </button>
      </Form>
      <p>
        <a href={`/quan-tri/thong-ke/csv?${query}`} download>
          {t('dashboard.exportCsv')}
        </a>
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('dashboard.heading', { period })}</caption>
          <thead>
            <tr>
              <th scope="col">{t(`dashboard.dimensions.${dimension}`)}</th>
              <th scope="col" className="num">{t('dashboard.columns.received')}</th>
              <th scope="col" className="num">{t('dashboard.columns.onlineShare')}</th>
              <th scope="col" className="num">{t('dashboard.columns.early')}</th>
              <th scope="col" className="num">{t('dashboard.columns.onTime')}</th>
              <th scope="col" className="num">{t('dashboard.columns.late')}</th>
              <th scope="col" className="num">{t('dashboard.columns.onTimeRate')}</th>
              <th scope="col" className="num">{t('dashboard.columns.onlinePayments')}</th>
              <th scope="col" className="num">{t('dashboard.columns.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {[...groups, { key: '', label: t('dashboard.total'), ...total }].map((g) => (
              <tr key={g.key || 'total'}>
                <th scope="row">{g.key ? <Link to={`/quan-tri/thong-ke/ho-so?${query}&ma=${encodeURIComponent(g.key)}`}>{label(g.key, g.label)}</Link> : g.label}</th>
                <td className="num">{g.received}</td>
                <td className="num">{formatShare(g.onlineShare)}</td>
                <td className="num">{g.early}</td>
                <td className="num">{g.onTime}</td>
                <td className="num">{g.late}</td>
                <td className="num">{formatShare(g.onTimeRate)}</td>
                <td className="num">{g.onlinePayments}</td>
                <td className="num">{formatAmount(g.onlinePaymentAmount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="secondary">{t('statistics.definitions')}</p>
    </>
  )
}
