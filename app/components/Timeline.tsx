import { useTranslation } from 'react-i18next'
import { formatDate, formatDateTime } from '~/domain/format.ts'

interface TimelineEvent {
  id?: string
  at: string | Date
  action: string
  toStatus: string | null
  note?: string | null
  data?: unknown
  /** Shown to staff only (the citizen's timeline is loaded without actors). */
  actor?: { fullName: string } | null
}

/** Every event of a dossier, oldest first, with its reason and the items asked for. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  const { t } = useTranslation()
  return (
    <ol className="timeline">
      {events.map((event, index) => {
        const data = (event.data ?? {}) as { items?: string[]; dueAt?: string }
        return (
          <li key={event.id ?? index}>
            <p className="timeline__when">{formatDateTime(event.at)}</p>
            <p className="timeline__what">
              {t(`timeline.${event.action}`, { defaultValue: event.action })}
              {event.actor ? <span className="secondary"> — {event.actor.fullName}</span> : null}
            </p>
            {event.note ? <p>{t('timeline.reason', { reason: event.note })}</p> : null}
            {data.items?.length ? (
              <ul>
                {data.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            ) : null}
            {data.dueAt && event.action !== 'submit' ? <p>{t('timeline.dueAt', { date: formatDate(data.dueAt) })}</p> : null}
          </li>
        )
      })}
    </ol>
  )
}
