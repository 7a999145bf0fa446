import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ProcedureList } from '~/components/ProcedureList.tsx'
import { FilterSelect } from '~/components/forms/FilterSelect.tsx'
import { SearchForm } from '~/components/SearchForm.tsx'
import { db } from '~/db.server.ts'
import { catalogueHref, PAGE_SIZE } from '~/domain/catalogue/filters.ts'
import { ONLINE_LEVELS } from '~/domain/catalogue/online-level.ts'
import { parseCatalogueQuery } from '~/domain/catalogue/query.ts'
import { catalogueFacets, searchProcedures } from '~/models/catalogue.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const query = parseCatalogueQuery(new URL(request.url).searchParams)
  const prisma = await db()
  const [result, facets] = await Promise.all([searchProcedures(prisma, query), catalogueFacets(prisma)])
  return { title: await pageTitle(request, 'catalogue.title'), query, ...result, facets }
}

export default function Catalogue() {
  const { query, total, items, facets } = useLoaderData<typeof loader>()
  const { t, i18n } = useTranslation()
  const en = i18n.language === 'en'
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  return (
    <>
      <h1>{t('catalogue.heading')}</h1>
      <SearchForm defaultValue={query.q}>
        <details className="panel" open={Boolean(query.field || query.agency || query.level || query.online)}>
          <summary>{t('catalogue.filters')}</summary>
          <div className="filters">
            <FilterSelect name="field" label={t('catalogue.field')} value={query.field} options={facets.fields.map((f) => ({ value: f.code, label: en ? f.nameEn : f.name }))} />
            <FilterSelect name="agency" label={t('catalogue.agency')} value={query.agency} options={facets.agencies.map((a) => ({ value: a.code, label: a.name }))} />
            <FilterSelect name="level" label={t('catalogue.level')} value={query.level} options={facets.levels.map((l) => ({ value: l.code, label: en ? l.nameEn : l.name }))} />
            <FilterSelect name="online" label={t('catalogue.onlineLevel')} value={query.online} options={ONLINE_LEVELS.map((level) => ({ value: level, label: t(`onlineLevel.${level}`) }))} />
          </div>
          <button type="submit" className="button button--secondary">
            {t('catalogue.applyFilters')}
          </button>
        </details>
      </SearchForm>
      <p role="status">{query.q ? t('catalogue.resultsFor', { count: total, query: query.q }) : t('catalogue.results', { count: total })}</p>
      {items.length > 0 ? <ProcedureList items={items} /> : <p>{t('catalogue.noResults')}</p>}
      {pages > 1 ? (
        <nav className="pagination" aria-label={t('catalogue.pagination')}>
          {query.page > 1 ? <Link to={catalogueHref(query, query.page - 1)}>{t('catalogue.previous')}</Link> : <span />}
          <span>{t('catalogue.pageOf', { page: query.page, pages })}</span>
          {query.page < pages ? <Link to={catalogueHref(query, query.page + 1)}>{t('catalogue.next')}</Link> : <span />}
        </nav>
      ) : null}
    </>
  )
}
