// Which timeline events the applicant sees (docs/domain.md §3): internal steps of the agency (hand-over to a
// specialist, submission for approval, sending back for rework, notes) are for staff only. One list, used by
// the citizen's timeline, the public lookup, notifications and the national portal sync alike.
export const INTERNAL_EVENTS = ['assign', 'submitForApproval', 'sendBack', 'note'] as const

export function isPublicEvent(action: string): boolean {
  return !(INTERNAL_EVENTS as readonly string[]).includes(action)
}
