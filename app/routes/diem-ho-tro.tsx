import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FilterSelect } from '~/components/forms/FilterSelect.tsx'
import { db } from '~/db.server.ts'
import { formatPhone, mapLink, phoneKind } from '~/domain/support/directory.ts'
import { useVietnameseContent } from '~/i18n/content-language.ts'
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
      select: { code: true, name: true, address: true, openingHours: true, phone: true, email: true, latitude: true, longitude: true, unit: { select: { name: true } } },
    }),
    prisma.adminUnit.findMany({ where: { supportPoints: { some: { active: true } } }, orderBy: { name: 'asc' }, select: { code: true, name: true } }),
  ])
  return {
    title: await pageTitle(request, 'directory.title'),
    commune,
    points: points.map(({ latitude, longitude, ...point }) => ({ ...point, map: mapLink(latitude, longitude) })),
    communes,
  }
}

export default function Directory() {
  const { commune, points, communes } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const vi = useVietnameseContent()
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
            <h2 lang={vi}>{point.name}</h2>
            <dl className="summary-list summary-list--compact">
              <div>
                <dt>{t('directory.address')}</dt>
                <dd>
                  <span lang={vi}>{point.address}</span>
                  {point.map ? (
                    <>
                      {' '}
                      <a href={point.map}>{t('directory.map', { name: point.name })}</a>
                    </>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt>{t('directory.hours')}</dt>
                <dd lang={vi}>{point.openingHours}</dd>
              </div>
              {point.phone ? (
                <div>
                  <dt>{t(`directory.phone.${phoneKind(point.phone)}`)}</dt>
                  <dd>
                    <a href={`tel:${point.phone.replace(/[^\d+]/g, '')}`}>{formatPhone(point.phone)}</a>
                  </dd>
                </div>
              ) : null}
              {point.email ? (
                <div>
                  <dt>{t('help.contact.email')}</dt>
                  <dd>
                    <a href={`mailto:${point.email}`}>{point.email}</a>
                  </dd>
                </div>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
    </>
  )
}
