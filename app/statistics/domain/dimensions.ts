/** The cuts of the statistics dashboard. */
export const DIMENSIONS = ['agency', 'unit', 'field', 'level', 'procedure', 'channel'] as const
export type Dimension = (typeof DIMENSIONS)[number]

/** The figures a drill-down can narrow the dossiers to. */
export const FIGURES = [
  'received',
  'receivedOnline',
  'receivedCounter',
  'receivedSupportPoint',
  'carriedOver',
  'refusedAtReceipt',
  'early',
  'onTime',
  'late',
  'refused',
  'withdrawn',
  'stopped',
  'inProgressInTime',
  'inProgressOverdue',
  'onlinePayments',
  'rated',
] as const
export type Figure = (typeof FIGURES)[number]

export type Show = 'count' | 'share' | 'amount' | 'days'

/** The dashboard's table: each column's figure, how it is shown, and the figure its dossiers are listed by. */
export const COLUMNS = [
  { name: 'handled', show: 'count', list: null },
  { name: 'carriedOver', show: 'count', list: 'carriedOver' },
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
  { name: 'refusedAtReceipt', show: 'count', list: 'refusedAtReceipt' },
  { name: 'onlinePayments', show: 'count', list: 'onlinePayments' },
  { name: 'onlinePaymentAmount', show: 'amount', list: null },
  { name: 'satisfactionShare', show: 'share', list: 'rated' },
  { name: 'averageProcessingDays', show: 'days', list: null },
] as const satisfies readonly { name: string; show: Show; list: Figure | null }[]

/** Every figure, in the order the exports give them, with how each is written. */
export const EXPORT_COLUMNS = [
  ['handled', 'count'],
  ['carriedOver', 'count'],
  ['received', 'count'],
  ['receivedOnline', 'count'],
  ['receivedCounter', 'count'],
  ['receivedSupportPoint', 'count'],
  ['onlineShare', 'share'],
  ['refusedAtReceipt', 'count'],
  ['resolved', 'count'],
  ['early', 'count'],
  ['onTime', 'count'],
  ['late', 'count'],
  ['onTimeRate', 'share'],
  ['onTimeShareOfHandled', 'share'],
  ['lateShareOfHandled', 'share'],
  ['inProgress', 'count'],
  ['inProgressInTime', 'count'],
  ['inProgressOverdue', 'count'],
  ['inProgressShareOfHandled', 'share'],
  ['withdrawn', 'count'],
  ['stopped', 'count'],
  ['refused', 'count'],
  ['onlinePayments', 'count'],
  ['onlinePaymentAmount', 'amount'],
  ['feeBearing', 'count'],
  ['paidOnlineShare', 'share'],
  ['rated', 'count'],
  ['satisfied', 'count'],
  ['satisfactionShare', 'share'],
  ['averageProcessingDays', 'days'],
  ['digitised', 'count'],
  ['digitisedShare', 'share'],
] as const satisfies readonly (readonly [string, Show])[]
