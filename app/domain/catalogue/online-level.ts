// How far a procedure can be done online (docs/domain.md §1): fully, partly, or not at all.
export const ONLINE_LEVELS = ['FULL', 'PARTIAL', 'NONE'] as const
export type OnlineLevel = (typeof ONLINE_LEVELS)[number]
