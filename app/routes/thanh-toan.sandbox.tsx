import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { SummaryList } from '~/components/SummaryList.tsx'
import { SANDBOX_BANKS, SANDBOX_OUTCOMES, type SandboxOutcome } from '~/domain/payments/sandbox.ts'
import { sign, signingString, verify, vnpDate, type VnpParams } from '~/domain/payments/vnpay.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { gatewayConfig, isSandbox } from '~/models/payments.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** The built-in sandbox gateway's payment page: checks the merchant's signature like VNPay does. */
function signedRequest(request: Request) {
  if (!isSandbox()) throw new Response('Not found', { status: 404 })
  const url = new URL(request.url)
  const params: VnpParams = Object.fromEntries(url.searchParams)
  const origin = process.env.PUBLIC_URL ?? url.origin
  if (!verify(params, gatewayConfig(origin).hashSecret)) throw new Response('Invalid signature', { status: 400 })
  return { params, origin }
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { params } = signedRequest(request)
  return {
    title: await pageTitle(request, 'sandbox.title'),
    amount: Number(params.vnp_Amount) / 100,
    orderInfo: params.vnp_OrderInfo ?? '',
    reference: params.vnp_TxnRef ?? '',
  }
}

/** Pays (or not) as the payer chose, notifies the merchant server to server (IPN), then sends the payer back. */
export async function action({ request }: ActionFunctionArgs) {
  const { params, origin } = signedRequest(request)
  const form = await request.formData()
  const outcome = (String(form.get('outcome')) in SANDBOX_OUTCOMES ? String(form.get('outcome')) : 'success') as SandboxOutcome
  const bank = SANDBOX_BANKS.find((b) => b === form.get('bank')) ?? 'NCB'
  const notification: VnpParams = {
    vnp_Amount: params.vnp_Amount!,
    vnp_BankCode: bank,
    vnp_BankTranNo: `VNP${Date.now()}`,
    vnp_CardType: bank === 'VNPAYQR' ? 'QRCODE' : 'ATM',
    vnp_OrderInfo: params.vnp_OrderInfo ?? '',
    vnp_PayDate: vnpDate(new Date()),
    vnp_TmnCode: params.vnp_TmnCode!,
    vnp_TransactionNo: String(Math.floor(10_000_000 + Math.random() * 89_999_999)),
    vnp_TxnRef: params.vnp_TxnRef!,
    ...SANDBOX_OUTCOMES[outcome],
  }
  const query = `${signingString(notification)}&vnp_SecureHash=${sign(notification, gatewayConfig(origin).hashSecret)}`
  await fetch(`${origin}/thanh-toan/vnpay/ipn?${query}`).catch((error: Error) => console.error('Sandbox IPN failed:', error.message))
  throw redirect(`${params.vnp_ReturnUrl}?${query}`)
}

export default function SandboxGateway() {
  const { amount, orderInfo, reference } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <div className="form-narrow">
      <p className="tag">{t('sandbox.badge')}</p>
      <h1>{t('sandbox.heading')}</h1>
      <SummaryList
        rows={[
          [t('payment.amount'), f.money(amount)],
          [t('sandbox.order'), orderInfo],
          [t('sandbox.reference'), reference],
        ]}
      />
      <Form method="post">
        <fieldset className="form-group">
          <legend className="label">{t('sandbox.bank')}</legend>
          <div className="radios">
            {SANDBOX_BANKS.map((bank, i) => (
              <label key={bank} className="radio">
                <input type="radio" name="bank" value={bank} defaultChecked={i === 0} /> {t(`sandbox.banks.${bank}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="form-group">
          <legend className="label">{t('sandbox.outcome')}</legend>
          <div className="radios">
            {(Object.keys(SANDBOX_OUTCOMES) as SandboxOutcome[]).map((outcome, i) => (
              <label key={outcome} className="radio">
                <input type="radio" name="outcome" value={outcome} defaultChecked={i === 0} /> {t(`sandbox.outcomes.${outcome}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="button">
          {t('sandbox.confirm')}
        </button>
      </Form>
    </div>
  )
}
