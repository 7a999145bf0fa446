import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { db } from '~/db.server.ts'
import { EXPLAINED_RESPONSE_CODES } from '~/domain/payments/sandbox.ts'
import { paymentOnReturn } from '~/models/payments.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/**
 * Where the gateway sends the payer back. It shows our record, which only the gateway's signed word changes; a
 * payment still pending is asked about at the gateway first (its IPN may have been lost).
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = Object.fromEntries(new URL(request.url).searchParams)
  const payment = await paymentOnReturn(await db(), params)
  const code = payment?.responseCode ?? params.vnp_ResponseCode ?? ''
  return {
    title: await pageTitle(request, 'payment.result.title'),
    valid: payment !== null,
    status: payment?.status ?? null,
    applied: payment?.applied ?? false,
    paymentId: payment?.id ?? null,
    dossierId: payment?.dossier.id ?? null,
    code: payment?.dossier.code ?? null,
    /** Why it failed, in words, when the gateway gave a reason we can explain. */
    reason: (EXPLAINED_RESPONSE_CODES as readonly string[]).includes(code) ? code : null,
  }
}

export default function PaymentResult() {
  const { valid, status, applied, paymentId, dossierId, code, reason } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const key = !valid ? 'invalid' : status === 'SUCCEEDED' ? (applied ? 'succeeded' : 'refunding') : status === 'PENDING' ? 'pending' : 'failed'
  return (
    <div className="form-narrow">
      <div className={key === 'succeeded' ? 'confirmation' : 'notice'} role="status">
        <h1>{t(`payment.result.${key}.heading`)}</h1>
        <p>{t(`payment.result.${key}.body`, { code })}</p>
        {key === 'failed' ? <p>{reason ? t('payment.result.reason', { reason: t(`payment.codes.${reason}`) }) : t('payment.result.noReason')}</p> : null}
      </div>
      {dossierId ? (
        <ul>
          {key === 'succeeded' && paymentId ? (
            <li>
              <a href={`/ho-so/${dossierId}/bien-lai/${paymentId}`} download>
                {t('payment.receipt')}
              </a>
            </li>
          ) : null}
          {key === 'failed' ? (
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
