import { NavLink, Outlet } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { Area } from '~/domain/auth/roles.ts'

export interface AreaLink {
  to: string
  label: string // message key
  end?: boolean
}

/** The frame of a signed-in area (citizen, back office, support point, admin): its title and its tabs. */
export function AreaShell({ area, links, subtitle }: { area: Area; links: AreaLink[]; subtitle?: string }) {
  const { t } = useTranslation()
  return (
    <div className={`area area--${area}`}>
      <div className="area__bar">
        <p className="area__title">{t(`area.${area}.title`)}</p>
        {subtitle ? <p className="area__subtitle">{subtitle}</p> : null}
        <nav aria-label={t(`area.${area}.nav`)}>
          <ul className="area__tabs">
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.end}>
                  {t(link.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <Outlet />
    </div>
  )
}
