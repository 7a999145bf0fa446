import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { SummaryList } from './SummaryList.tsx'

/** Who the account is, and how far that is known: verified by the national e-ID, or self-declared. */
export function IdentitySummary({ person }: { person: { fullName: string; nationalId: string | null; verified: boolean } }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="identity-heading" className="identity-summary">
      <h2 id="identity-heading" className="visually-hidden">
        {t('identity.summary.heading')}
      </h2>
      <SummaryList
        rows={[
          [t('register.fullName'), person.fullName],
          [t('register.nationalId'), person.nationalId ?? '—'],
          [
            t('identity.summary.level'),
            person.verified ? (
              <strong className="tag tag--verified">{t('identity.level.VERIFIED')}</strong>
            ) : (
              <>
                <strong className="tag">{t('identity.level.SELF_DECLARED')}</strong> <Link to="/ho-so/tai-khoan#dinh-danh">{t('identity.summary.verify')}</Link>
              </>
            ),
          ],
        ]}
      />
    </section>
  )
}
