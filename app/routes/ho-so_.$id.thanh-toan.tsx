import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '~/auth/access.server.ts'
import { MoneySummary } from '~/components/MoneySummary.tsx'
import { SummaryList } from '~/components/SummaryList.tsx'
import { db } from '~/db.server.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { languageOf } from '~/i18n/i18n.server.ts'
import { payableDossier, startPayment } from '~/models/payments.server.ts'
import { clientAddress } from '~/utils/client-address.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const payable = await payableDossier(await db(), params.id ?? '', user)
  if (!payable) throw new Response('Not found', { status: 404 })
  const { dossier, money, owed, online, waitingForFeeCase } = payable
  return {
    title: await pageTitle(request, 'payment.title'),
    dossier: { id: dossier.id, code: dossier.code, procedure: dossier.procedure.name, feeCase: dossier.feeCase ? { ...dossier.feeCase, status: dossier.feeCaseStatus } : null },
    payments: dossier.payments.map((p) => ({
      id: p.id,
      reference: p.reference,
      status: p.status,
      cash: p.gateway === 'cash',
      applied: p.applied,
      amount: p.amount,
      at: p.paidAt ?? p.createdAt,
      refund: p.refund ? { status: p.refund.status, amount: p.refund.amount } : null,
    })),
    money,
    owed,
    online,
    waitingForFeeCase,
    // A citizen follows the dossier on its page; support-point staff on its confirmation.
    dossierHref: user.role === 'CITIZEN' ? `/ho-so/${dossier.id}` : `/ho-so/${dossier.id}/da-nop`,
  }
}

/** Sends the payer to the gateway: to the dossier's open attempt, or a new one. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const url = await startPayment(await db(), params.id ?? '', user, clientAddress(context), languageOf(request) === 'en' ? 'en' : 'vn')
  if (!url) throw redirect(`/ho-so/${params.id}/thanh-toan`)
  throw redirect(url)
}

export default function PayFees() {
  const { dossier, payments, money, owed, online, waitingForFeeCase, dossierHref } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <div className="form-narrow">
      <h1>{t('payment.heading')}</h1>
      <SummaryList
        rows={[
          [t('dossier.code'), dossier.code],
          [t('dossier.procedure'), dossier.procedure],
        ]}
      />
      <MoneySummary money={money} feeCase={dossier.feeCase} />
      {waitingForFeeCase ? (
        <div className="notice" role="status">
          <p>{t('exemption.waiting')}</p>
        </div>
      ) : owed === 0 && money.due > 0 ? (
        <div className="notice" role="status">
          <p>{t('payment.alreadyPaid')}</p>
        </div>
      ) : null}
      {owed > 0 && online ? (
        <Form method="post">
          <p>{t('payment.lead')}</p>
          <button type="submit" className="button button--start">
            {t('payment.payAmount', { amount: f.money(owed) })}
          </button>
        </Form>
      ) : owed > 0 ? (
        <div className="notice" role="status">
          <p>{t('payment.atDesk', { amount: f.money(owed) })}</p>
        </div>
      ) : null}
      {payments.length > 0 ? (
        <>
          <h2>{t('payment.history')}</h2>
          <ul className="results">
            {payments.map((p) => (
              <li key={p.id}>
                <strong>{t(`paymentStatus.${p.status}`)}</strong> · {f.money(p.amount)} · {p.cash ? t('payment.cash') : p.reference} · {f.dateTime(p.at)}
                {p.refund ? <> · {t(`payment.refundStatus.${p.refund.status}`, { amount: f.money(p.refund.amount) })}</> : null}
                {p.status === 'SUCCEEDED' && p.applied ? (
                  <>
                    {' '}
                    <a href={`/ho-so/${dossier.id}/bien-lai/${p.id}`} download>
                      {t('payment.receipt')}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to={dossierHref}>{t('payment.backToDossier')}</Link>
      </p>
    </div>
  )
}
