import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { db } from '~/db.server.ts'
import { verify, type VnpParams } from '~/domain/payments/vnpay.ts'
import { gatewayConfig, paymentByReference } from '~/models/payments.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** Where the gateway sends the payer back. It shows our record, which only the IPN changes. */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const params: VnpParams = Object.fromEntries(url.searchParams)
  const valid = verify(params, gatewayConfig(process.env.PUBLIC_URL ?? url.origin).hashSecret)
  const payment = valid ? await paymentByReference(await db(), params.vnp_TxnRef ?? '') : null
  return {
    title: await pageTitle(request, 'payment.result.title'),
    valid,
    status: payment?.status ?? null,
    dossierId: payment?.dossier.id ?? null,
    code: payment?.dossier.code ?? null,
  }
}

export default function PaymentResult() {
  const { valid, status, dossierId, code } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const key = !valid ? 'invalid' : status === 'SUCCEEDED' ? 'succeeded' : status === 'PENDING' ? 'pending' : 'failed'
  return (
    <div className="form-narrow">
      <div className={key === 'succeeded' ? 'confirmation' : 'notice'} role="status">
        <h1>{t(`payment.result.${key}.heading`)}</h1>
        <p>{t(`payment.result.${key}.body`, { code })}</p>
      </div>
      {dossierId ? (
        <ul>
          {key !== 'succeeded' ? (
            <li>
              <Link to={`/ho-so/${dossierId}/thanh-toan`}>{t('payment.retry')}</Link>
            </li>
          ) : null}
          <li>
            <Link to={`/ho-so/${dossierId}/thanh-toan`}>{t('payment.history')}</Link>
          </li>
        </ul>
      ) : null}
    </div>
  )
}
