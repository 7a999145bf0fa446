import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { useVietnameseContent } from '~/i18n/content-language.ts'
import { stepHref, WIZARD_STEPS, type WizardStep } from '~/domain/dossier/wizard.ts'

/** "Step 2 of 4", the procedure's name, the page heading, and a back link to the previous step. */
export function WizardHeader({ dossierId, step, procedureName }: { dossierId: string; step: WizardStep; procedureName: string }) {
  const { t } = useTranslation()
  const vi = useVietnameseContent()
  const index = WIZARD_STEPS.indexOf(step)
  const previous = index > 0 ? stepHref(dossierId, WIZARD_STEPS[index - 1]!) : null
  return (
    <>
      {previous ? (
        <p>
          <Link to={previous} className="back-link">
            {t('wizard.back')}
          </Link>
        </p>
      ) : null}
      <p className="secondary">
        {t('wizard.stepOf', { step: index + 1, total: WIZARD_STEPS.length })} · <span lang={vi}>{procedureName}</span>
      </p>
      <h1>{t(`wizard.steps.${step}`)}</h1>
    </>
  )
}
