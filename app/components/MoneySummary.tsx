import { useTranslation } from 'react-i18next'
import { SummaryList } from '~/components/SummaryList.tsx'
import type { Money } from '~/domain/payments/balance.ts'
import { formatAmount } from '~/domain/format.ts'

interface Props {
  money: Money
  /** The exemption or reduction claimed, and where the clerk's decision stands. */
  feeCase: { name: string; reductionPercent: number; status: string | null } | null
}

/** What a dossier owes, what was paid and what went (or is going) back: the same lines for the applicant and staff. */
export function MoneySummary({ money, feeCase }: Props) {
  const { t } = useTranslation()
  const vnd = (amount: number) => t('money.vnd', { amount: formatAmount(amount) })
  return (
    <SummaryList
      rows={[
        [t('payment.money.due'), vnd(money.due)],
        feeCase && [t('exemption.case'), t(`exemption.claim.${feeCase.status ?? 'CLAIMED'}`, { name: feeCase.name, percent: feeCase.reductionPercent })],
        [t('payment.money.paid'), vnd(money.paid)],
        money.refunded + money.refunding > 0 && [
          t('payment.money.refunded'),
          money.refunding ? t('payment.money.refunding', { done: vnd(money.refunded), pending: vnd(money.refunding) }) : vnd(money.refunded),
        ],
        [t('payment.money.outstanding'), vnd(money.outstanding)],
      ]}
    />
  )
}
