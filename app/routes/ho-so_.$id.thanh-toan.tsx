import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireUser } from '~/auth/access.server.ts'
import { SummaryList } from '~/components/SummaryList.tsx'
import { db } from '~/db.server.ts'
import { formatAmount, formatDateTime } from '~/domain/format.ts'
import { languageOf } from '~/i18n/i18n.server.ts'
import { payableDossier, startPayment } from '~/models/payments.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const payable = await payableDossier(await db(), params.id ?? '', user)
  if (!payable) throw new Response('Not found', { status: 404 })
  const { dossier, paid, due } = payable
  return {
    title: await pageTitle(request, 'payment.title'),
    dossier: { id: dossier.id, code: dossier.code, fee: dossier.feeAmount, procedure: dossier.procedure.name },
    payments: dossier.payments.map((p) => ({ id: p.id, reference: p.reference, status: p.status, amount: p.amount, createdAt: p.createdAt, paidAt: p.paidAt })),
    paid,
    due,
  }
}

/** Creates a payment with a new reference and sends the payer to the gateway. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request)
  const origin = new URL(request.url).origin
  const ip = request.headers.get('X-Forwarded-For')?.split(',')[0]?.trim() || '127.0.0.1'
  const url = await startPayment(await db(), params.id ?? '', user, process.env.PUBLIC_URL ?? origin, ip, languageOf(request) === 'en' ? 'en' : 'vn')
  if (!url) throw redirect(`/ho-so/${params.id}/thanh-toan`)
  throw redirect(url)
}

export default function PayFees() {
  const { dossier, payments, paid, due } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <div className="form-narrow">
      <h1>{t('payment.heading')}</h1>
      <SummaryList
        rows={[
          [t('dossier.code'), dossier.code],
          [t('dossier.procedure'), dossier.procedure],
          [t('payment.amount'), t('money.vnd', { amount: formatAmount(dossier.fee) })],
        ]}
      />
      {paid ? (
        <div className="notice" role="status">
          <p>{t('payment.alreadyPaid')}</p>
        </div>
      ) : null}
      {due ? (
        <Form method="post">
          <p>{t('payment.lead')}</p>
          <button type="submit" className="button button--start">
            {t('payment.pay')}
          </button>
        </Form>
      ) : null}
      {payments.length > 0 ? (
        <>
          <h2>{t('payment.history')}</h2>
          <ul className="results">
            {payments.map((p) => (
              <li key={p.id}>
                <strong>{t(`paymentStatus.${p.status}`)}</strong> · {p.reference} · {formatDateTime(p.paidAt ?? p.createdAt)}
                {p.status === 'SUCCEEDED' ? (
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
        <Link to={`/ho-so/${dossier.id}/da-nop`}>{t('payment.backToDossier')}</Link>
      </p>
    </div>
  )
}
