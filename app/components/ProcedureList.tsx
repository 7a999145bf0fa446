import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { OnlineLevel } from '~/domain/catalogue/online-level.ts'
import { useVietnameseContent } from '~/i18n/content-language.ts'
import { OnlineLevelTag } from './OnlineLevelTag.tsx'

export interface ProcedureSummary {
  code: string
  name: string
  onlineLevel: OnlineLevel
  timeLimit: number
  timeLimitUnit: 'WORKING_DAY' | 'CALENDAR_DAY'
  field: { name: string; nameEn: string }
  level: { name: string; nameEn: string }
}

export function ProcedureList({ items }: { items: ProcedureSummary[] }) {
  const { t, i18n } = useTranslation()
  const en = i18n.language === 'en'
  const vi = useVietnameseContent()
  return (
    <ul className="results">
      {items.map((item) => (
        <li key={item.code}>
          <Link to={`/thu-tuc/${item.code}`} lang={vi}>
            {item.name}
          </Link>
          <p className="meta">
            <OnlineLevelTag level={item.onlineLevel} /> {en ? item.field.nameEn : item.field.name} · {en ? item.level.nameEn : item.level.name} ·{' '}
            {t(`timeLimit.${item.timeLimitUnit}`, { count: item.timeLimit })} · {t('procedure.code')} {item.code}
          </p>
        </li>
      ))}
    </ul>
  )
}
