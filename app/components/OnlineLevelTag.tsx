import { useTranslation } from 'react-i18next'
import type { OnlineLevel } from '~/domain/catalogue/online-level.ts'

export function OnlineLevelTag({ level }: { level: OnlineLevel }) {
  const { t } = useTranslation()
  return <span className={`tag tag--${level.toLowerCase()}`}>{t(`onlineLevel.${level}`)}</span>
}
