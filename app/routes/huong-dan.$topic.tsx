import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ContactList } from '~/components/layout/SiteHeader.tsx'
import { helpTopic } from '~/domain/help/topics.ts'
import { useRootData } from '~/root.tsx'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const topic = helpTopic(params.topic)
  if (!topic) throw new Response('Not found', { status: 404 })
  return { title: await pageTitle(request, `help.topics.${topic.id}.title`), id: topic.id, kind: topic.kind }
}

interface Section {
  heading: string
  /** Paragraphs, or the numbered steps of a journey. */
  body?: string[]
  steps?: string[]
}

/** One help page: a journey step by step, or a notice (personal data, accessibility), with how to reach us. */
export default function HelpTopic() {
  const { id, kind } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  const contact = useRootData()?.contact
  const sections = t(`help.topics.${id}.sections`, { returnObjects: true }) as Section[]
  return (
    <>
      <p>
        <Link to="/huong-dan" className="back-link">
          {t('help.title')}
        </Link>
      </p>
      <h1>{t(`help.topics.${id}.title`)}</h1>
      <p className="lead">{t(`help.topics.${id}.lead`)}</p>
      {sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.body?.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {section.steps ? (
            <ol className="steps">
              {section.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          ) : null}
        </section>
      ))}
      <h2>{t(kind === 'journey' ? 'help.stillStuck' : 'help.contact.title')}</h2>
      {contact ? <ContactList contact={contact} /> : null}
      <p>
        <Link to="/diem-ho-tro">{t('help.contact.supportPoints')}</Link>
      </p>
    </>
  )
}
