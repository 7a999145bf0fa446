/** The cuts of the statistics dashboard. */
export const DIMENSIONS = ['agency', 'field', 'level', 'channel'] as const
export type Dimension = (typeof DIMENSIONS)[number]
