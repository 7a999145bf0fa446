import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ProcedureList } from '~/components/ProcedureList.tsx'
import { SearchForm } from '~/components/SearchForm.tsx'
import { db } from '~/db.server.ts'
import { catalogueFigures, popularProcedures } from '~/models/catalogue.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const prisma = await db()
  const [figures, popular] = await Promise.all([catalogueFigures(prisma), popularProcedures(prisma)])
  return { title: await pageTitle(request, 'home.title'), figures, popular }
}

export default function Home() {
  const { figures, popular } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('home.heading')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <SearchForm />
      <h2>{t('home.figuresHeading')}</h2>
      <ul className="figures">
        <li className="figure">
          <span className="figure__value">{figures.procedures}</span> {t('home.figures.procedures')}
        </li>
        <li className="figure">
          <span className="figure__value">{figures.full}</span> {t('home.figures.full')}
        </li>
        <li className="figure">
          <span className="figure__value">{figures.partial}</span> {t('home.figures.partial')}
        </li>
        <li className="figure">
          <span className="figure__value">{figures.agencies}</span> {t('home.figures.agencies')}
        </li>
      </ul>
      <h2>{t('home.popularHeading')}</h2>
      <ProcedureList items={popular} />
      <p>
        <Link to="/thu-tuc">{t('home.allProcedures')}</Link>
      </p>
    </>
  )
}
