import { useTranslation } from 'react-i18next'
import { describedBy, FormGroup } from '~/components/forms/FormGroup.tsx'
import { formatAmount } from '~/domain/format.ts'
import { amountAfterCase } from '~/domain/payments/fee-cases.ts'

interface Props {
  fee: number
  cases: { id: string; name: string; proof: string; reductionPercent: number }[]
  chosen: string | null
  /** The proof already attached to the claim. */
  proof: { fileName: string } | null
  errors: { feeCase?: string; feeProof?: string }
}

/** The filing wizard's question "Are you entitled to a fee exemption or reduction?", with the proof to attach. */
export function FeeCaseChoice({ fee, cases, chosen, proof, errors }: Props) {
  const { t } = useTranslation()
  const vnd = (amount: number) => t('money.vnd', { amount: formatAmount(amount) })
  return (
    <fieldset className={`form-group${errors.feeCase ? ' form-group--error' : ''}`} aria-describedby="feeCase-hint">
      <legend className="label">{t('exemption.question', { amount: vnd(fee) })}</legend>
      <div id="feeCase-hint" className="hint">
        {t('exemption.hint')}
      </div>
      {errors.feeCase ? <p className="error-message">{t(errors.feeCase)}</p> : null}
      <div className="radios">
        <label className="radio">
          <input id="feeCase" type="radio" name="feeCase" value="" defaultChecked={!chosen} /> {t('exemption.none')}
        </label>
        {cases.map((c) => (
          <label key={c.id} className="radio">
            <input type="radio" name="feeCase" value={c.id} defaultChecked={chosen === c.id} />{' '}
            {amountAfterCase(fee, c.reductionPercent) === 0
              ? t('exemption.optionExempt', { name: c.name, proof: c.proof })
              : t('exemption.option', { name: c.name, due: vnd(amountAfterCase(fee, c.reductionPercent)), proof: c.proof })}
          </label>
        ))}
      </div>
      <FormGroup id="feeProof" label={t('exemption.proof')} hint={proof ? t('exemption.proofKept', { name: proof.fileName }) : t('wizard.documents.hint')} error={errors.feeProof}>
        <input
          id="feeProof"
          name="feeProof"
          type="file"
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          className="file-input"
          aria-describedby={describedBy('feeProof', 'hint', errors.feeProof)}
          aria-invalid={errors.feeProof ? true : undefined}
        />
      </FormGroup>
    </fieldset>
  )
}
