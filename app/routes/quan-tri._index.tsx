import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '~/auth/access.server.ts'
import { db } from '~/db.server.ts'
import { yearsMissingHolidays } from '~/models/calendar.server.ts'
import { dossiersBySupportPoint } from '~/models/support.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { TableScroll } from '~/components/TableScroll.tsx'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  await requireArea(request, 'admin')
  const prisma = await db()
  const [agencies, staff, citizens, procedures, holidays, missingHolidays] = await Promise.all([
    prisma.agency.count(),
    prisma.user.count({ where: { role: { not: 'CITIZEN' } } }),
    prisma.user.count({ where: { role: 'CITIZEN' } }),
    prisma.procedure.count(),
    prisma.holiday.count({ where: { kind: 'DAY_OFF' } }),
    yearsMissingHolidays(prisma),
  ])
  return {
    title: await pageTitle(request, 'admin.overview.title'),
    figures: { agencies, staff, citizens, procedures, holidays },
    missingHolidays,
    bySupportPoint: await dossiersBySupportPoint(prisma),
  }
}

export default function AdminOverview() {
  const { figures, bySupportPoint, missingHolidays } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('admin.overview.heading')}</h1>
      {missingHolidays.map((year) => (
        <div key={year} className="notice notice--warning">
          <p>{t('admin.overview.holidaysMissing', { year })}</p>
          <Link to={`/quan-tri/ngay-nghi?nam=${year}`}>{t('admin.overview.holidaysAdd', { year })}</Link>
        </div>
      ))}
      <ul className="figures">
        {(Object.keys(figures) as (keyof typeof figures)[]).map((key) => (
          <li key={key} className="figure">
            <span className="figure__value">{figures[key]}</span> {t(`admin.overview.${key}`)}
          </li>
        ))}
      </ul>
      <p>
        <a href="/quan-tri/doi-soat" download>
          {t('admin.overview.reconciliation')}
        </a>
      </p>
      <h2>{t('admin.overview.bySupportPoint')}</h2>
      <TableScroll label={t('admin.overview.bySupportPoint')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.overview.supportPoint')}</th>
              <th scope="col" className="num">
                {t('admin.overview.dossiers')}
              </th>
            </tr>
          </thead>
          <tbody>
            {bySupportPoint.map((row) => (
              <tr key={row.name}>
                <td>{row.name}</td>
                <td className="num">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  )
}
