import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FeeDueNotice } from '~/components/FeeDueNotice.tsx'
import { SummaryList } from '~/components/SummaryList.tsx'
import { useFormat } from '~/i18n/use-format.ts'
import { payableDossier } from '~/models/payments.server.ts'
import { requireFiledDossier } from '~/utils/draft.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, prisma, where } = await requireFiledDossier(request, params.id)
  const dossier = await prisma.dossier.findFirst({
    where,
    select: { id: true, code: true, submittedAt: true, dueAt: true, assistedPersonId: true, procedure: { select: { name: true, onlineLevel: true } }, agency: { select: { name: true } } },
  })
  if (!dossier) throw new Response('Not found', { status: 404 })
  const payable = await payableDossier(prisma, dossier.id, user)
  return { title: await pageTitle(request, 'wizard.done.title'), dossier, feeDue: payable?.due ? payable.dossier.feeAmount : 0 }
}

export default function Submitted() {
  const { dossier, feeDue } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <>
      <div className="confirmation">
        <h1>{t('wizard.done.heading')}</h1>
        <p>{t('wizard.done.codeLabel')}</p>
        <p className="confirmation__code">{dossier.code}</p>
      </div>
      <SummaryList
        rows={[
          [t('dossier.procedure'), dossier.procedure.name],
          [t('wizard.applicant.agency'), dossier.agency.name],
          [t('dossier.submittedAt'), dossier.submittedAt ? f.dateTime(dossier.submittedAt) : ''],
          [t('dossier.expectedDue'), dossier.dueAt ? f.date(dossier.dueAt) : ''],
        ]}
      />
      {feeDue > 0 ? (
        <FeeDueNotice dossierId={dossier.id} amount={feeDue} />
      ) : null}
      <h2>{t('wizard.done.nextHeading')}</h2>
      <p>{t('wizard.done.next')}</p>
      <p>{t('wizard.done.keepCode')}</p>
      <ul>
        <li>
          <a href={`/ho-so/${dossier.id}/bien-nhan`} download>
            {t('wizard.done.receipt')}
          </a>
        </li>
        <li>
          {dossier.assistedPersonId ? (
            <Link to={`/ho-tro/nguoi-dan/${dossier.assistedPersonId}`}>{t('supportPoint.file.backToPerson')}</Link>
          ) : (
            <Link to={`/ho-so/${dossier.id}`}>{t('wizard.done.follow')}</Link>
          )}
        </li>
      </ul>
    </>
  )
}
