import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FeeDueNotice } from '~/components/FeeDueNotice.tsx'
import { SummaryList } from '~/components/SummaryList.tsx'
import { useFormat } from '~/i18n/use-format.ts'
import { payableDossier } from '~/models/payments.server.ts'
import { receiptInclude } from '~/documents/receipts.server.ts'
import { stillToPay } from '~/domain/payments/still-to-pay.ts'
import { publicUrl } from '~/utils/public-url.server.ts'
import { requireFiledDossier } from '~/utils/draft.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, prisma, where } = await requireFiledDossier(request, params.id)
  const dossier = await prisma.dossier.findFirst({
    where,
    select: { id: true, code: true, submittedAt: true, dueAt: true, assistedPersonId: true, feeAmount: true, ...receiptInclude },
  })
  if (!dossier) throw new Response('Not found', { status: 404 })
  const payable = await payableDossier(prisma, dossier.id, user)
  const { supportPoint, filedBy } = dossier
  return {
    title: await pageTitle(request, 'wizard.done.title'),
    dossier: {
      id: dossier.id,
      code: dossier.code,
      submittedAt: dossier.submittedAt,
      dueAt: dossier.dueAt,
      assistedPersonId: dossier.assistedPersonId,
      procedure: dossier.procedure.name,
      agency: dossier.agency.name,
    },
    assisted: supportPoint ? { point: `${supportPoint.name}, ${supportPoint.address}`, staff: filedBy?.fullName ?? '' } : null,
    stillToPay: stillToPay(dossier),
    feeDue: payable?.owed ?? 0,
    lookupUrl: publicUrl('/tra-cuu'),
  }
}

export default function Submitted() {
  const { dossier, assisted, stillToPay, feeDue, lookupUrl } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <>
      <div className="confirmation">
        <h1>{t('wizard.done.heading')}</h1>
        <p>{t(assisted ? 'supportPoint.receipt.codeLabel' : 'wizard.done.codeLabel')}</p>
        <p className="confirmation__code">{dossier.code}</p>
      </div>
      <SummaryList
        rows={[
          [t('dossier.procedure'), dossier.procedure],
          [t('wizard.applicant.agency'), dossier.agency],
          [t('dossier.submittedAt'), dossier.submittedAt ? f.dateTime(dossier.submittedAt) : ''],
          [t('dossier.expectedDue'), dossier.dueAt ? f.date(dossier.dueAt) : ''],
          ...(assisted
            ? ([
                [t('supportPoint.receipt.point'), assisted.point],
                [t('supportPoint.receipt.staff'), assisted.staff],
              ] as const)
            : []),
          [t('supportPoint.receipt.stillToPay'), stillToPay ? t(`supportPoint.receipt.due.${stillToPay.when}`, { amount: f.money(stillToPay.amount) }) : t('supportPoint.receipt.nothingToPay')],
        ]}
      />
      {feeDue > 0 ? <FeeDueNotice dossierId={dossier.id} amount={feeDue} /> : null}
      <h2>{t('wizard.done.nextHeading')}</h2>
      <p>{t('wizard.done.next')}</p>
      {assisted ? (
        <>
          <h2>{t('supportPoint.receipt.followHeading')}</h2>
          <p>{t('supportPoint.receipt.follow', { url: lookupUrl, code: dossier.code })}</p>
        </>
      ) : (
        <p>{t('wizard.done.keepCode')}</p>
      )}
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
