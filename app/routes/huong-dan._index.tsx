import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ContactList } from '~/components/layout/SiteHeader.tsx'
import { HELP_TOPICS, helpPath } from '~/domain/help/topics.ts'
import { useRootData } from '~/root.tsx'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request }: LoaderFunctionArgs) {
  return { title: await pageTitle(request, 'help.title') }
}

interface Question {
  q: string
  a: string
}

/** Help: a guide per journey, the questions people ask most, how to reach a person, and the notices. */
export default function Help() {
  const { t } = useTranslation()
  const contact = useRootData()?.contact
  const faq = t('help.faq.items', { returnObjects: true }) as Question[]
  return (
    <>
      <h1>{t('help.title')}</h1>
      <p className="lead">{t('help.lead')}</p>
      <h2>{t('help.journeys')}</h2>
      <ul className="cards">
        {HELP_TOPICS.filter((topic) => topic.kind === 'journey').map((topic) => (
          <li key={topic.id} className="card">
            <h3>
              <Link to={helpPath(topic)}>{t(`help.topics.${topic.id}.title`)}</Link>
            </h3>
            <p>{t(`help.topics.${topic.id}.lead`)}</p>
          </li>
        ))}
      </ul>
      <h2 id="cau-hoi">{t('help.faq.title')}</h2>
      {faq.map((item) => (
        <details key={item.q} className="faq">
          <summary>{item.q}</summary>
          <p>{item.a}</p>
        </details>
      ))}
      <h2 id="lien-he">{t('help.contact.title')}</h2>
      <p>{t('help.contact.lead')}</p>
      {contact ? <ContactList contact={contact} /> : null}
      <p>
        <Link to="/diem-ho-tro">{t('help.contact.supportPoints')}</Link>
      </p>
      <h2>{t('help.notices')}</h2>
      <ul>
        {HELP_TOPICS.filter((topic) => topic.kind === 'notice').map((topic) => (
          <li key={topic.id}>
            <Link to={helpPath(topic)}>{t(`help.topics.${topic.id}.title`)}</Link>
          </li>
        ))}
      </ul>
    </>
  )
}
