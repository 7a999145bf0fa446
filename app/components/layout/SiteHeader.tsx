import { Form, Link, NavLink, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AREA_PATHS, type Area, type Role } from '~/domain/auth/roles.ts'
import type { ContactChannels } from '~/domain/help/contact.ts'
import type { TextSize } from '~/domain/help/text-size.ts'
import { HELP_TOPICS, helpPath } from '~/domain/help/topics.ts'
import { LANGUAGES } from '~/i18n/config.ts'
import { useVietnameseContent } from '~/i18n/content-language.ts'
import { TextSizeControl } from './TextSizeControl.tsx'

interface HeaderUser {
  fullName: string
  role: Role
  area: Area
}

/** The same header for every kind of user; the account links depend on who is logged in. */
export function SiteHeader({ user, textSize }: { user: HeaderUser | null; textSize: TextSize }) {
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
        <div className="site-header__tools">
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
          <TextSizeControl current={textSize} />
        </div>
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
          <li>
            <NavLink to="/huong-dan">{t('nav.help')}</NavLink>
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

/** The footer: who runs the portal, the province's contact channels as configured, and the notices. */
export function SiteFooter({ contact }: { contact: ContactChannels | null }) {
  const { t } = useTranslation()
  const notices = HELP_TOPICS.filter((topic) => topic.kind === 'notice')
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('site.footerOwner')}</p>
        {contact ? <ContactList contact={contact} /> : null}
        <ul className="site-footer__links">
          <li>
            <Link to="/huong-dan">{t('nav.help')}</Link>
          </li>
          {notices.map((topic) => (
            <li key={topic.id}>
              <Link to={helpPath(topic)}>{t(`help.topics.${topic.id}.title`)}</Link>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  )
}

/** Each channel the province configured; none configured: the support points, which always exist. */
export function ContactList({ contact }: { contact: ContactChannels }) {
  const { t } = useTranslation()
  const vi = useVietnameseContent()
  const { hotline, email, address, hours } = contact
  if (!hotline && !email && !address) {
    return (
      <p>
        {t('help.contact.none')} <Link to="/diem-ho-tro">{t('nav.supportPoints')}</Link>
      </p>
    )
  }
  return (
    <ul className="contact-list">
      {hotline ? (
        <li>
          {t('help.contact.hotline')}: <a href={`tel:${hotline.tel}`}>{hotline.display}</a>
          {hours ? (
            <>
              {' '}
              (<span lang={vi}>{hours}</span>)
            </>
          ) : null}
        </li>
      ) : null}
      {email ? (
        <li>
          {t('help.contact.email')}: <a href={`mailto:${email}`}>{email}</a>
        </li>
      ) : null}
      {address ? (
        <li>
          {t('help.contact.address')}: <span lang={vi}>{address}</span>
        </li>
      ) : null}
    </ul>
  )
}
