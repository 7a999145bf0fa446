/**
 * The help pages: one per journey, then the notices every public service publishes. The address is the
 * Vietnamese slug; the text lives in the locales under `help.topics.<id>` (title, lead, sections).
 */
export const HELP_TOPICS = [
  { id: 'file', slug: 'nop-ho-so', kind: 'journey' },
  { id: 'pay', slug: 'thanh-toan', kind: 'journey' },
  { id: 'supplement', slug: 'bo-sung-ho-so', kind: 'journey' },
  { id: 'claim', slug: 'nhan-ho-so-nop-ho', kind: 'journey' },
  { id: 'privacy', slug: 'bao-ve-du-lieu-ca-nhan', kind: 'notice' },
  { id: 'accessibility', slug: 'tiep-can', kind: 'notice' },
] as const
export type HelpTopic = (typeof HELP_TOPICS)[number]

export function helpTopic(slug: string | undefined): HelpTopic | undefined {
  return HELP_TOPICS.find((topic) => topic.slug === slug)
}

export const helpPath = (topic: HelpTopic) => `/huong-dan/${topic.slug}`
