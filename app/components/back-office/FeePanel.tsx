import { Form, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { describedBy, FormGroup } from '~/components/forms/FormGroup.tsx'
import { MoneySummary } from '~/components/MoneySummary.tsx'
import { formatAmount, formatDateTime } from '~/domain/format.ts'
import type { Money } from '~/domain/payments/balance.ts'
import type { FieldErrors } from '~/forms/validation.ts'

interface Props {
  dossier: { id: string; version: number }
  desk: {
    money: Money
    owed: number
    feeCase: { name: string; reductionPercent: number; proof: string; status: string | null } | null
    proofs: { id: string; fileName: string }[]
    mayDecide: boolean
    mayCollect: boolean
    mayHandBack: boolean
    payments: { id: string; amount: number; cash: boolean; applied: boolean; at: string | Date; collectedBy: string | null; refund: { id: string; status: string; amount: number } | null }[]
  }
  errors: FieldErrors
  /** The intent whose form was refused. */
  failed?: string
}

/** Fees at the desk: what is due, the claimed exemption to decide, cash to take with its receipt, refunds. */
export function FeePanel({ dossier, desk, errors, failed }: Props) {
  const { t } = useTranslation()
  const navigation = useNavigation()
  const vnd = (amount: number) => t('money.vnd', { amount: formatAmount(amount) })
  const hidden = (intent: string) => (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="version" value={dossier.version} />
    </>
  )
  const busy = navigation.state !== 'idle'
  const reasonError = failed === 'rejectFeeCase' ? errors.reason : undefined
  return (
    <section aria-labelledby="fees-heading" className="panel">
      <h2 id="fees-heading">{t('exemption.desk.heading')}</h2>
      <MoneySummary money={desk.money} feeCase={desk.feeCase} />
      {desk.feeCase && desk.proofs.length ? (
        <p>
          {t('exemption.desk.proof', { proof: desk.feeCase.proof })}{' '}
          {desk.proofs.map((doc) => (
            <a key={doc.id} href={`/mot-cua/ho-so/${dossier.id}/tep/${doc.id}`} download>
              {doc.fileName}
            </a>
          ))}
        </p>
      ) : null}
      {desk.mayDecide && desk.feeCase ? (
        <div className="action-form">
          <p>{t('exemption.desk.decideLead', { name: desk.feeCase.name, percent: desk.feeCase.reductionPercent })}</p>
          <Form method="post" encType="multipart/form-data">
            {hidden('acceptFeeCase')}
            <button type="submit" className="button" disabled={busy}>
              {t('exemption.desk.accept')}
            </button>
          </Form>
          <Form method="post" encType="multipart/form-data" noValidate>
            {hidden('rejectFeeCase')}
            <FormGroup id="rejectFeeCase-reason" label={t('exemption.desk.rejectReason')} error={reasonError}>
              <textarea id="rejectFeeCase-reason" name="reason" className="input textarea" rows={2} aria-describedby={describedBy('rejectFeeCase-reason', undefined, reasonError)} />
            </FormGroup>
            <button type="submit" className="button button--warning" disabled={busy}>
              {t('exemption.desk.reject')}
            </button>
          </Form>
        </div>
      ) : null}
      {desk.mayCollect ? (
        <Form method="post" encType="multipart/form-data" className="action-form">
          {hidden('collectCash')}
          <p>{t('exemption.desk.cashLead', { amount: vnd(desk.owed) })}</p>
          <button type="submit" className="button" disabled={busy}>
            {t('exemption.desk.collect', { amount: vnd(desk.owed) })}
          </button>
        </Form>
      ) : null}
      {desk.payments.length ? (
        <ul>
          {desk.payments.map((p) => (
            <li key={p.id}>
              {vnd(p.amount)} · {p.cash ? t('exemption.desk.cashBy', { name: p.collectedBy ?? '' }) : t('exemption.desk.online')} · {formatDateTime(p.at)}
              {p.applied ? (
                <>
                  {' '}
                  <a href={`/mot-cua/ho-so/${dossier.id}/bien-lai/${p.id}`} download>
                    {t('payment.receipt')}
                  </a>
                </>
              ) : null}
              {p.refund ? <> · {t(`payment.refundStatus.${p.refund.status}`, { amount: vnd(p.refund.amount) })}</> : null}
              {p.refund?.status === 'MANUAL' && p.cash && desk.mayHandBack ? (
                <Form method="post" encType="multipart/form-data">
                  {hidden('cashRefunded')}
                  <input type="hidden" name="refundId" value={p.refund.id} />
                  <button type="submit" className="link-button" disabled={busy}>
                    {t('exemption.desk.handedBack', { amount: vnd(p.refund.amount) })}
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  )
}
