import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { SummaryList } from '~/components/SummaryList.tsx'
import { db } from '~/db.server.ts'
import { SANDBOX_BANKS, SANDBOX_OUTCOMES, type SandboxOutcome } from '~/domain/payments/sandbox.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { checkPayRequest, completeSandboxPayment, sandboxMerchant } from '~/models/payment-sandbox.server.ts'
import { deliverSandboxIpn } from '~/models/payments.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { sandboxEnabled } from '~/utils/public-url.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** The payment request as VNPay checks it: the merchant's signature, 2.1.0, VND, a return address of ours. */
async function payRequest(request: Request) {
  if (!sandboxEnabled('PAYMENT')) throw new Response('Not found', { status: 404 })
  const prisma = await db()
  const merchant = await sandboxMerchant(prisma)
  return { prisma, merchant, checked: checkPayRequest(Object.fromEntries(new URL(request.url).searchParams), merchant) }
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { checked } = await payRequest(request)
  const title = await pageTitle(request, 'sandbox.title')
  if (!checked.ok) return data({ title, refused: checked.code, amount: 0, orderInfo: '', reference: '' }, { status: 400 })
  const { params } = checked
  return { title, refused: null, amount: Number(params.vnp_Amount) / 100, orderInfo: params.vnp_OrderInfo ?? '', reference: params.vnp_TxnRef ?? '' }
}

/** Pays (or not) as the payer chose, notifies the merchant's IPN address (unless told to lose it), sends the payer back. */
export async function action({ request }: ActionFunctionArgs) {
  const { prisma, merchant, checked } = await payRequest(request)
  const title = await pageTitle(request, 'sandbox.title')
  if (!checked.ok) return data({ title, refused: checked.code }, { status: 400 })
  const form = await request.formData()
  const chosen = String(form.get('outcome'))
  const outcome = (chosen in SANDBOX_OUTCOMES ? chosen : 'success') as SandboxOutcome
  const bank = SANDBOX_BANKS.find((b) => b === form.get('bank')) ?? 'NCB'
  const paid = await completeSandboxPayment(prisma, checked.params, merchant, outcome, bank)
  if ('refused' in paid) return data({ title, refused: paid.refused }, { status: 400 })
  if (paid.notify) await deliverSandboxIpn(prisma, paid.query)
  throw redirect(paid.returnTo)
}

export default function SandboxGateway() {
  const { amount, orderInfo, reference, ...page } = useLoaderData<typeof loader>()
  const refused = useActionData<typeof action>()?.refused ?? page.refused
  const { t } = useTranslation()
  const f = useFormat()
  if (refused) {
    return (
      <div className="form-narrow">
        <p className="tag">{t('sandbox.badge')}</p>
        <h1>{t('sandbox.heading')}</h1>
        <div className="notice notice--warning" role="alert">
          <p>{t(`sandbox.refused.${refused}`)}</p>
        </div>
      </div>
    )
  }
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
