// Which message an applicant gets for a timeline event (one template per event, both languages in locales
// under `notification.<template>`), and the one detail an SMS shortens first. Internal steps get none
// (docs/domain.md §3): the same isPublicEvent rule as the timeline and the public lookup.
import { readEventData } from '../dossier/event-data.ts'
import { isPublicEvent } from '../dossier/events.ts'
import type { DossierStatus } from '../dossier/status.ts'

export const TEMPLATES = [
  'submitted',
  'received',
  'notAccepted',
  'supplementRequested',
  'supplementReceived',
  'paymentDue',
  'resultReady',
  'refused',
  'paymentReceived',
  'resultReturned',
  'withdrawn',
  'stopped',
  'apology',
  'feeCaseAccepted',
  'feeCaseRejected',
] as const
export type Template = (typeof TEMPLATES)[number]

export interface EventFacts {
  action: string
  toStatus: DossierStatus | null
  note: string | null
  data: unknown
}

const BY_ACTION: Record<string, Template | ((event: EventFacts) => Template)> = {
  submit: 'submitted',
  receive: 'received',
  refuse: 'notAccepted',
  requestSupplement: 'supplementRequested',
  answerSupplement: 'supplementReceived',
  approve: (e) => (e.toStatus === 'AWAITING_PAYMENT' ? 'paymentDue' : 'resultReady'),
  reject: 'refused',
  confirmPayment: (e) => (e.toStatus === 'RESOLVED' ? 'resultReady' : 'paymentReceived'),
  returnResult: 'resultReturned',
  withdraw: 'withdrawn',
  stop: 'stopped',
  apologise: 'apology',
  decideFeeCase: (e) => (eventData(e).accepted ? 'feeCaseAccepted' : 'feeCaseRejected'),
}

/** The applicant's message for this event, or null (internal step, or nothing to tell). */
export function templateFor(event: EventFacts): Template | null {
  if (!isPublicEvent(event.action)) return null
  const rule = BY_ACTION[event.action]
  if (!rule) return null
  return typeof rule === 'function' ? rule(event) : rule
}

export const eventData = (event: EventFacts) => readEventData(event.data)

/** What an SMS keeps as long as it can and shortens first: the items to bring, or the reason. */
export function smsDetail(template: Template, event: EventFacts): string {
  if (template === 'supplementRequested') return (eventData(event).items ?? []).join('; ')
  if (['notAccepted', 'refused', 'stopped', 'feeCaseRejected'].includes(template)) return event.note ?? ''
  return ''
}
