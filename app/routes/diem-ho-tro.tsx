import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FilterSelect } from '~/components/forms/FilterSelect.tsx'
import { db } from '~/db.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** Public directory of support points, by commune. */
export async function loader({ request }: LoaderFunctionArgs) {
  const commune = new URL(request.url).searchParams.get('xa') ?? ''
  const prisma = await db()
  const [points, communes] = await Promise.all([
    prisma.supportPoint.findMany({
      where: { active: true, ...(commune && { unit: { code: commune } }) },
      orderBy: { name: 'asc' },
      select: { code: true, name: true, address: true, openingHours: true, phone: true, unit: { select: { name: true } } },
    }),
    prisma.adminUnit.findMany({ where: { supportPoints: { some: { active: true } } }, orderBy: { name: 'asc' }, select: { code: true, name: true } }),
  ])
  return { title: await pageTitle(request, 'directory.title'), commune, points, communes }
}

export default function Directory() {
  const { commune, points, communes } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('directory.heading')}</h1>
      <p>{t('directory.lead')}</p>
      <Form method="get" className="panel">
        <FilterSelect name="xa" label={t('directory.commune')} value={commune} options={communes.map((c) => ({ value: c.code, label: c.name }))} />
        <p>
          <button type="submit" className="button button--secondary">
            {t('catalogue.applyFilters')}
          </button>
        </p>
      </Form>
      <ul className="cards">
        {points.map((point) => (
          <li key={point.code} className="card">
            <h2>{point.name}</h2>
            <p>{point.address}</p>
            <p>
              {t('directory.hours')}: {point.openingHours}
            </p>
            {point.phone ? (
              <p>
                {t('register.phone')}: <a href={`tel:${point.phone}`}>{point.phone}</a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  )
}
