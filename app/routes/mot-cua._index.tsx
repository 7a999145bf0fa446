import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '~/auth/access.server.ts'
import { FilterSelect } from '~/components/forms/FilterSelect.tsx'
import { db } from '~/db.server.ts'
import { CHANNELS, QUEUE_SORTS, urgency } from '~/domain/dossier/queue.ts'
import { parseQueueFilter } from '~/domain/dossier/queue-filter.ts'
import { FINISHED_STATUSES, isOneOf, OPEN_STATUSES } from '~/domain/dossier/status.ts'
import { sortVietnamese } from '~/domain/collation.ts'
import { formatDate } from '~/domain/format.ts'
import { queue, statusCounts } from '~/models/queue.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { SearchForm } from '~/components/SearchForm.tsx'
import { TableScroll } from '~/components/TableScroll.tsx'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'backOffice')
  const filter = parseQueueFilter(new URL(request.url).searchParams)
  const prisma = await db()
  const [page, counts, fields] = await Promise.all([
    queue(prisma, user, filter),
    statusCounts(prisma, user),
    prisma.field.findMany({ where: { procedures: { some: { agencies: { some: { agencyId: user.agencyId ?? '' } } } } }, select: { code: true, name: true, nameEn: true } }),
  ])
  return {
    title: await pageTitle(request, 'backOffice.queue.title'),
    filter,
    counts,
    fields: sortVietnamese(fields, (f) => f.name),
    ...page,
    mayTakeIn: user.role === 'CLERK',
    now: new Date().toISOString(),
  }
}

export default function Queue() {
  const { filter, counts, fields, items, next, sort, mayTakeIn, now } = useLoaderData<typeof loader>()
  const [params] = useSearchParams()
  const { t, i18n } = useTranslation()
  const nextParams = new URLSearchParams(params)
  if (next) nextParams.set('after', next)
  return (
    <>
      <h1>{t('backOffice.queue.heading')}</h1>
      {mayTakeIn ? (
        <p>
          <Link to="/mot-cua/tiep-nhan" className="button button--secondary">
            {t('backOffice.intake.start')}
          </Link>
        </p>
      ) : null}
      <SearchForm action="/mot-cua" label="backOffice.queue.search" hint="backOffice.queue.searchHint" defaultValue={filter.q ?? ''} />
      <ul className="figures figures--compact">
        {counts.map(({ status, count }) => (
          <li key={status} className="figure">
            <Link to={`?status=${status}`}>
              <span className="figure__value">{count}</span> {t(`dossierStatus.${status}`)}
            </Link>
          </li>
        ))}
      </ul>
      <Form method="get" className="panel">
        <div className="filters">
          <div>
            <label className="label" htmlFor="status">
              {t('dossier.status')}
            </label>
            <select id="status" name="status" className="select" defaultValue={filter.status ?? ''}>
              <option value="">{t('backOffice.queue.allOpen')}</option>
              <optgroup label={t('backOffice.queue.open')}>
                {OPEN_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`dossierStatus.${s}`)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('backOffice.queue.archive')}>
                {FINISHED_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`dossierStatus.${s}`)}
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
          <FilterSelect name="sort" label={t('backOffice.queue.sort')} value={filter.sort} options={QUEUE_SORTS.map((s) => ({ value: s, label: t(`backOffice.queue.sorts.${s}`) }))} />
          <FilterSelect name="channel" label={t('backOffice.queue.channel')} value={filter.channel} options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
          <FilterSelect
            name="due"
            label={t('backOffice.queue.due')}
            value={filter.due}
            options={[
              { value: 'soon', label: t('backOffice.queue.dueSoon') },
              { value: 'overdue', label: t('backOffice.queue.overdue') },
            ]}
          />
          <FilterSelect name="field" label={t('catalogue.field')} value={filter.field} options={fields.map((f) => ({ value: f.code, label: i18n.language === 'en' ? f.nameEn : f.name }))} />
          <div>
            <label className="label" htmlFor="procedure">
              {t('procedure.code')}
            </label>
            <input id="procedure" name="procedure" className="input" defaultValue={filter.procedure ?? ''} />
          </div>
        </div>
        <div className="checkboxes">
          <label className="radio">
            <input type="checkbox" name="view" value="all" defaultChecked={filter.view === 'all'} /> {t('backOffice.queue.includeFinished')}
          </label>
          <label className="radio">
            <input type="checkbox" name="mine" value="1" defaultChecked={Boolean(filter.mine)} /> {t('backOffice.queue.mine')}
          </label>
          <label className="radio">
            <input type="checkbox" name="awaitingApproval" value="1" defaultChecked={Boolean(filter.awaitingApproval)} /> {t('backOffice.queue.awaitingApproval')}
          </label>
        </div>
        <button type="submit" className="button button--secondary">
          {t('catalogue.applyFilters')}
        </button>
      </Form>
      {items.length === 0 ? (
        <p>{t(filter.q ? 'backOffice.queue.noMatch' : 'backOffice.queue.empty')}</p>
      ) : (
        <TableScroll label={t('backOffice.queue.heading')}>
          <table className="queue">
            <caption className="visually-hidden">{t('backOffice.queue.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dossier.code')}</th>
                <th scope="col">{t('dossier.procedure')}</th>
                <th scope="col">{t('backOffice.queue.applicant')}</th>
                <th scope="col">{t('dossier.status')}</th>
                <th scope="col">{t(sort === 'due' ? 'dossier.dueAt' : 'dossier.submittedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => {
                const level = isOneOf(d.status, OPEN_STATUSES) ? urgency(d.dueAt, new Date(now)) : 'normal'
                return (
                  <tr key={d.id} className={`queue__row--${level}`}>
                    <td>
                      <Link to={`/mot-cua/ho-so/${d.id}`}>{d.code}</Link>
                      <br />
                      <span className="secondary">{t(`channel.${d.channel}`)}</span>
                    </td>
                    <td>{d.procedure.name}</td>
                    <td>{d.applicantName}</td>
                    <td>
                      {t(`dossierStatus.${d.status}`)}
                      {d.approvalRequestedAt ? <span className="secondary"> · {t('backOffice.queue.awaitingApproval')}</span> : null}
                      {d.assignee ? <span className="secondary"> · {d.assignee.fullName}</span> : null}
                    </td>
                    <td>
                      {sort === 'due' ? (d.dueAt ? formatDate(d.dueAt) : '—') : d.submittedAt ? formatDate(d.submittedAt) : '—'}
                      {level !== 'normal' ? <strong className={`tag tag--${level}`}> {t(`backOffice.queue.urgency.${level}`)}</strong> : null}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {next ? (
        <p>
          <Link to={`?${nextParams.toString()}`}>{t('catalogue.next')}</Link>
        </p>
      ) : null}
    </>
  )
}
