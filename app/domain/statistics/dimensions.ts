/** The cuts of the statistics dashboard. */
export const DIMENSIONS = ['agency', 'unit', 'field', 'level', 'procedure', 'channel'] as const
export type Dimension = (typeof DIMENSIONS)[number]

/** The figures a drill-down can narrow the dossiers to. */
export const FIGURES = ['received', 'receivedOnline', 'early', 'onTime', 'late', 'inProgressInTime', 'inProgressOverdue', 'withdrawn', 'stopped', 'refused', 'onlinePayments', 'rated'] as const
export type Figure = (typeof FIGURES)[number]

/** The dashboard's table: each column's figure, how it is shown, and the figure its dossiers are listed by. */
export const COLUMNS = [
  { name: 'received', show: 'count', list: 'received' },
  { name: 'onlineShare', show: 'share', list: 'receivedOnline' },
  { name: 'early', show: 'count', list: 'early' },
  { name: 'onTime', show: 'count', list: 'onTime' },
  { name: 'late', show: 'count', list: 'late' },
  { name: 'onTimeRate', show: 'share', list: null },
  { name: 'inProgressInTime', show: 'count', list: 'inProgressInTime' },
  { name: 'inProgressOverdue', show: 'count', list: 'inProgressOverdue' },
  { name: 'withdrawn', show: 'count', list: 'withdrawn' },
  { name: 'refused', show: 'count', list: 'refused' },
  { name: 'onlinePayments', show: 'count', list: 'onlinePayments' },
  { name: 'onlinePaymentAmount', show: 'amount', list: null },
  { name: 'satisfactionShare', show: 'share', list: 'rated' },
  { name: 'averageProcessingDays', show: 'days', list: null },
] as const satisfies readonly { name: string; show: 'count' | 'share' | 'amount' | 'days'; list: Figure | null }[]

/** Every figure, in the order the exports give them. */
export const EXPORT_COLUMNS = [
  'received', 'receivedOnline', 'onlineShare', 'resolved', 'early', 'onTime', 'late', 'onTimeRate', 'inProgress', 'inProgressInTime', 'inProgressOverdue',
  'withdrawn', 'stopped', 'refused', 'onlinePayments', 'onlinePaymentAmount', 'feeBearing', 'paidOnlineShare', 'rated', 'satisfied', 'satisfactionShare',
  'averageProcessingDays', 'digitised', 'digitisedShare',
] as const
