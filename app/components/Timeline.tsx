import { useTranslation } from 'react-i18next'
import { readEventData } from '~/domain/dossier/event-data.ts'
import { noteKind } from '~/domain/dossier/lifecycle.ts'
import { useFormat } from '~/i18n/use-format.ts'

interface TimelineEvent {
  id?: string
  at: string | Date
  action: string
  toStatus: string | null
  note?: string | null
  data?: unknown
  /** Shown to staff only (the applicant's timeline is loaded without actors). */
  actor?: { fullName: string } | null
}

/**
 * Every event of a dossier, oldest first, with its text labelled for what it is (a reason, the applicant's note,
 * a proposal), the items asked for and the dates it set. The applicant reads plain labels; staff the desk's terms.
 */
export function Timeline({ events, audience = 'applicant' }: { events: TimelineEvent[]; audience?: 'applicant' | 'staff' }) {
  const { t } = useTranslation()
  const f = useFormat()
  const label = (action: string) =>
    audience === 'applicant' ? t(`timeline.applicant.${action}`, { defaultValue: t(`timeline.${action}`, { defaultValue: action }) }) : t(`timeline.${action}`, { defaultValue: action })
  return (
    <ol className="timeline">
      {events.map((event, index) => {
        const data = readEventData(event.data)
        return (
          <li key={event.id ?? index}>
            <p className="timeline__when">{f.dateTime(event.at)}</p>
            <p className="timeline__what">
              {label(event.action)}
              {event.actor ? <span className="secondary"> — {event.actor.fullName}</span> : null}
            </p>
            {event.note ? <p>{t(`timeline.noteLabel.${noteKind(event.action)}`, { text: event.note })}</p> : null}
            {data.items?.length ? (
              <ul>
                {data.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : null}
            {data.answerBy ? <p>{t('timeline.answerBy', { date: f.date(data.answerBy) })}</p> : null}
            {data.appointmentAt ? <p>{t('timeline.appointmentAt', { date: f.date(data.appointmentAt) })}</p> : null}
            {data.dueAt && event.action !== 'submit' && event.action !== 'apologise' ? <p>{t('timeline.dueAt', { date: f.date(data.dueAt) })}</p> : null}
          </li>
        )
      })}
    </ol>
  )
}
