import { Form, Link, NavLink, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AREA_PATHS, type Area, type Role } from '~/domain/auth/roles.ts'
import { LANGUAGES } from '~/i18n/config.ts'

interface HeaderUser {
  fullName: string
  role: Role
  area: Area
}

/** The same header for every kind of user; the account links depend on who is logged in. */
export function SiteHeader({ user }: { user: HeaderUser | null }) {
  const { t, i18n } = useTranslation()
  const { pathname } = useLocation()
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link to="/" className="site-header__brand">
          <span className="site-header__emblem" aria-hidden="true">
            ★
          </span>
          <span>
            <span className="site-header__name">{t('site.name')}</span>
            <span className="site-header__province">{t('site.province')}</span>
          </span>
        </Link>
        <nav aria-label={t('layout.languageNav')} className="language-switch">
          {LANGUAGES.map((lng) =>
            lng === i18n.language ? (
              <span key={lng} aria-current="true" lang={lng}>
                {t(`language.${lng}`)}
              </span>
            ) : (
              // A full page load, so the new language's messages are fetched with the page.
              <a key={lng} href={`${pathname}?lng=${lng}`} hrefLang={lng} lang={lng}>
                {t(`language.${lng}`)}
              </a>
            ),
          )}
        </nav>
      </div>
      <nav aria-label={t('layout.mainNav')} className="main-nav">
        <ul className="container main-nav__list">
          <li>
            <NavLink to="/thu-tuc">{t('nav.procedures')}</NavLink>
          </li>
          <li>
            <NavLink to="/tra-cuu">{t('nav.lookup')}</NavLink>
          </li>
          <li>
            <NavLink to="/diem-ho-tro">{t('nav.supportPoints')}</NavLink>
          </li>
          <li>
            <NavLink to="/thong-ke">{t('nav.statistics')}</NavLink>
          </li>
          {user ? (
            <>
              <li>
                <NavLink to={AREA_PATHS[user.area]}>{t(`area.${user.area}.title`)}</NavLink>
              </li>
              <li className="main-nav__account">
                <span className="main-nav__user">{user.fullName}</span>
                <Form method="post" action="/dang-xuat">
                  <button type="submit" className="link-button">
                    {t('nav.logout')}
                  </button>
                </Form>
              </li>
            </>
          ) : (
            <>
              <li className="main-nav__account">
                <NavLink to="/dang-nhap">{t('nav.login')}</NavLink>
              </li>
              <li>
                <NavLink to="/dang-ky">{t('nav.register')}</NavLink>
              </li>
            </>
          )}
        </ul>
      </nav>
    </header>
  )
}

export function SiteFooter() {
  const { t } = useTranslation()
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('site.footerOwner')}</p>
        <p>{t('site.footerHotline')}</p>
      </div>
    </footer>
  )
}
