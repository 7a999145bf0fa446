import type { LoaderFunctionArgs } from '@remix-run/node'
import { db } from '~/db.server.ts'
import { translatorFor } from '~/i18n/i18n.server.ts'
import { figuresBy, headlineFigures } from '~/models/statistics.server.ts'
import { statisticsScope } from '~/utils/statistics.server.ts'

const COLUMNS = ['received', 'receivedOnline', 'onlineShare', 'resolved', 'early', 'onTime', 'late', 'onTimeRate', 'onlinePayments', 'onlinePaymentAmount', 'feeBearing', 'paidOnlineShare'] as const

/** The dashboard's table as CSV (UTF-8 with BOM so spreadsheet programs read Vietnamese correctly). */
export async function loader({ request }: LoaderFunctionArgs) {
  const { period, dimension, agencyId } = await statisticsScope(request)
  const prisma = await db()
  const [total, groups] = await Promise.all([headlineFigures(prisma, period.from, period.to, agencyId), figuresBy(prisma, period.from, period.to, dimension, agencyId)])
  const t = await translatorFor(request)
  const rows = [...groups, { key: 'TOTAL', label: t('dashboard.total'), ...total }].map((g) => [g.key, g.label, ...COLUMNS.map((c) => g[c] ?? '')])
  const csv = [[dimension, 'label', ...COLUMNS], ...rows].map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(',')).join('\r\n')
  return new Response(`\uFEFF${csv}\r\n`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="thong-ke-${period.key}-${dimension}.csv"`, 'Cache-Control': 'no-store' },
  })
}
