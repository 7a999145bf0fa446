import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '~/auth/access.server.ts'
import { db } from '~/db.server.ts'
import { formatDate } from '~/domain/format.ts'
import { personalDocuments } from '~/models/files.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** The citizen's document store: results agencies issued to them and their earlier uploads, reusable in new dossiers. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireArea(request, 'citizen')
  const prisma = await db()
  const documents = await personalDocuments(prisma, user.id)
  // Where each issued original can be downloaded: the result document of its dossier.
  const results = await prisma.dossierDocument.findMany({
    where: { fileId: { in: documents.filter((d) => d.issued).map((d) => d.id) }, purpose: 'RESULT', dossier: { applicantId: user.id } },
    select: { id: true, fileId: true, dossierId: true },
  })
  const download = new Map(results.map((r) => [r.fileId, `/ho-so/${r.dossierId}/tep/${r.id}`]))
  return {
    title: await pageTitle(request, 'documents.store.title'),
    originals: documents.filter((d) => d.issued).map((d) => ({ ...d, href: download.get(d.id) ?? null })),
    uploads: documents.filter((d) => !d.issued),
  }
}

export default function DocumentStore() {
  const { originals, uploads } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <>
      <h1>{t('documents.store.heading')}</h1>
      <p>{t('documents.store.lead')}</p>
      <h2>{t('documents.store.originals')}</h2>
      {originals.length === 0 ? <p>{t('documents.store.noOriginals')}</p> : null}
      <ul className="document-list">
        {originals.map((d) => (
          <li key={d.id}>
            {d.href ? (
              <a href={d.href} download>
                {d.issued!.title}
              </a>
            ) : (
              d.issued!.title
            )}{' '}
            <strong className="tag tag--full">{t('documents.store.verified')}</strong>
            <br />
            <span className="secondary">
              {d.issued!.agency} · {formatDate(d.createdAt)} · <Link to={`/xac-thuc/${d.issued!.code}`}>{t('documents.store.code', { code: d.issued!.code })}</Link>
            </span>
          </li>
        ))}
      </ul>
      <h2>{t('documents.store.uploads')}</h2>
      {uploads.length === 0 ? <p>{t('documents.store.noUploads')}</p> : null}
      <ul className="document-list">
        {uploads.map((d) => (
          <li key={d.id}>
            {d.fileName} <span className="secondary">· {formatDate(d.createdAt)}</span>
          </li>
        ))}
      </ul>
    </>
  )
}
