import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '~/i18n/use-format.ts'

/** "This dossier has fees to pay" with the way to pay them online. */
export function FeeDueNotice({ dossierId, amount }: { dossierId: string; amount: number }) {
  const { t } = useTranslation()
  const f = useFormat()
  return (
    <div className="notice">
      <p>{t('payment.dueNotice', { amount: f.money(amount) })}</p>
      <p>
        <Link to={`/ho-so/${dossierId}/thanh-toan`} className="button">
          {t('payment.pay')}
        </Link>
      </p>
    </div>
  )
}
