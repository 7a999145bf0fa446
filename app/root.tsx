import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useLocation, useRouteError, useRouteLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { optionalUser } from './auth/access.server.ts'
import { SiteFooter, SiteHeader } from './components/layout/SiteHeader.tsx'
import { areaOf } from './domain/auth/roles.ts'
import { contactChannels } from './domain/help/contact.ts'
import { textSizeFromCookie } from './domain/help/text-size.ts'
import { DEFAULT_LANGUAGE } from './i18n/config.ts'
import { languageOf } from './i18n/i18n.server.ts'
import styles from './styles/app.css?url'
import { useNonce } from './utils/nonce.ts'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: styles },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export const meta: MetaFunction = () => [{ name: 'theme-color', content: '#0b3a6f' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await optionalUser(request)
  return {
    language: languageOf(request),
    textSize: textSizeFromCookie(request.headers.get('Cookie')),
    contact: contactChannels(process.env),
    user: user ? { fullName: user.fullName, role: user.role, area: areaOf(user.role) } : null,
  }
}

export type RootData = Awaited<ReturnType<typeof loader>>

export function useRootData() {
  return useRouteLoaderData<typeof loader>('root')
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRootData()
  const { t } = useTranslation()
  const nonce = useNonce()
  return (
    <html lang={data?.language ?? DEFAULT_LANGUAGE} className={data && data.textSize !== 100 ? `text-size-${data.textSize}` : undefined}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skip-link" href="#main">
          {t('layout.skipLink')}
        </a>
        <SiteHeader user={data?.user ?? null} textSize={data?.textSize ?? 100} />
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter contact={data?.contact ?? null} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  return <Outlet />
}

const PAGE_OF_STATUS: Record<number, string> = { 404: 'notFound', 403: 'forbidden' }

export function ErrorBoundary() {
  const error = useRouteError()
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const status = isRouteErrorResponse(error) ? error.status : 500
  const key = PAGE_OF_STATUS[status] ?? (status < 500 ? 'badRequest' : 'serverError')
  if (status >= 500) console.error(error)
  // A refusal that says what was wrong (app/utils/invalid.server.ts `refusal`) shows that instead of the generic text.
  const refused = isRouteErrorResponse(error) && typeof error.data?.message === 'string' ? (error.data as { message: string; values?: Record<string, string> }) : null
  return (
    <>
      <title>{t(`errors.page.${key}.title`)}</title>
      <h1>{t(`errors.page.${key}.title`)}</h1>
      <p>{refused ? t(refused.message, refused.values) : t(`errors.page.${key}.body`, { path: pathname })}</p>
      <p>
        <a href="/">{t('errors.page.backHome')}</a>
      </p>
    </>
  )
}
