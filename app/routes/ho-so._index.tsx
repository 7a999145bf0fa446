import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useVietnameseContent } from '~/i18n/content-language.ts'
import { requireArea } from '~/auth/access.server.ts'
import { db } from '~/db.server.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { deleteDraft } from '~/models/dossier.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { TableScroll } from '~/components/TableScroll.tsx'
import { IdentitySummary } from '~/components/IdentitySummary.tsx'
import { claimOffers, linkVerifiedDossiers } from '~/models/dossier-claims.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'citizen')
  const prisma = await db()
  // A verified account takes the dossiers filed for its CCCD; a self-declared one is told they wait for a code.
  const linked = await linkVerifiedDossiers(prisma, user)
  const offers = (await claimOffers(prisma, user)).length
  const dossiers = await prisma.dossier.findMany({
    where: { applicantId: user.id },
    orderBy: { updatedAt: 'desc' },
    take: 50,
    select: { id: true, code: true, status: true, dueAt: true, updatedAt: true, procedure: { select: { name: true } } },
  })
  return {
    title: await pageTitle(request, 'citizen.dossiers.title'),
    person: { fullName: user.fullName, nationalId: user.nationalId, verified: user.identityLevel === 'VERIFIED' },
    linked,
    offers,
    dossiers,
  }
}

/** Deletes one of the person's drafts (the files stay in their document store). */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireArea(request, 'citizen')
  const form = await request.formData()
  if (form.get('intent') !== 'deleteDraft') throw new Response('Bad request', { status: 400 })
  const deleted = await deleteDraft(await db(), user, String(form.get('id') ?? ''))
  if (!deleted) throw new Response('Not found', { status: 404 })
  return { deleted: true }
}

export default function MyDossiers() {
  const { person, linked, offers, dossiers } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const [params] = useSearchParams()
  const { t } = useTranslation()
  const vi = useVietnameseContent()
  const f = useFormat()
  return (
    <>
      {params.get('chao-mung') ? (
        <div className="notice" role="status">
          <p>{t('citizen.welcome', { name: person.fullName })}</p>
        </div>
      ) : null}
      {params.get('tiep-quan') ? (
        <div className="notice" role="status">
          <p>{t('identity.tookOver')}</p>
          <Link to="/ho-so/tai-khoan">{t('profile.title')}</Link>
        </div>
      ) : null}
      {linked > 0 ? (
        <div className="notice" role="status">
          <p>{t('identity.claim.linked', { count: linked })}</p>
        </div>
      ) : null}
      {result?.deleted ? (
        <div className="notice" role="status">
          <p>{t('citizen.dossiers.draftDeleted')}</p>
        </div>
      ) : null}
      <h1>{t('citizen.dossiers.heading')}</h1>
      <IdentitySummary person={person} />
      {offers > 0 ? (
        <div className="panel">
          <p>{t('identity.claim.waiting', { count: offers })}</p>
          <Link to="/ho-so/nhan-ho-so" className="button button--secondary">
            {t('identity.claim.heading')}
          </Link>
        </div>
      ) : null}
      {dossiers.length === 0 ? (
        <>
          <p>{t('citizen.dossiers.empty')}</p>
          <p>
            <Link to="/thu-tuc" className="button">
              {t('citizen.dossiers.findProcedure')}
            </Link>
          </p>
        </>
      ) : (
        <TableScroll label={t('citizen.dossiers.heading')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('dossier.code')}</th>
                <th scope="col">{t('dossier.procedure')}</th>
                <th scope="col">{t('dossier.status')}</th>
                <th scope="col">{t('dossier.dueAt')}</th>
              </tr>
            </thead>
            <tbody>
              {dossiers.map((d) => (
                <tr key={d.id}>
                  <td>{d.code ? <Link to={`/ho-so/${d.id}`}>{d.code}</Link> : t('dossier.draft')}</td>
                  <td>
                    <span lang={vi}>{d.procedure.name}</span>
                    {d.code ? null : (
                      <div className="draft-actions">
                        <Link to={`/ho-so/${d.id}`}>{t('citizen.dossiers.continueDraft', { procedure: d.procedure.name })}</Link>
                        {/* Deleting asks once more: a tap on a phone must not lose a half-filled application. */}
                        <details>
                          <summary>{t('citizen.dossiers.deleteDraft')}</summary>
                          <Form method="post">
                            <p>{t('citizen.dossiers.deleteDraftConfirm')}</p>
                            <input type="hidden" name="intent" value="deleteDraft" />
                            <input type="hidden" name="id" value={d.id} />
                            <button type="submit" className="button button--warning" aria-label={t('citizen.dossiers.deleteDraftNamed', { procedure: d.procedure.name })}>
                              {t('citizen.dossiers.deleteDraft')}
                            </button>
                          </Form>
                        </details>
                      </div>
                    )}
                  </td>
                  <td>{t(`dossierStatus.${d.status}`)}</td>
                  <td>{d.dueAt ? f.date(d.dueAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  )
}
