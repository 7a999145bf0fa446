import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireRole } from '~/auth/access.server.ts'
import { db } from '~/db.server.ts'
import { parseCalendarDate } from '~/domain/calendar/dates.ts'
import { localDay } from '~/domain/calendar/working-time.ts'
import { reconciliation } from '~/models/reconciliation.server.ts'
import { refusedDownload } from '~/utils/invalid.server.ts'

/** The day's payments, ours against the gateway's notifications, as CSV (?ngay=yyyy-mm-dd or dd/mm/yyyy, default today). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ['SYSTEM_ADMIN'])
  const asked = new URL(request.url).searchParams.get('ngay')
  const day = asked ? parseCalendarDate(asked) : localDay(new Date())
  if (!day) throw await refusedDownload(request, 400, 'errors.date.format')
  const csv = await reconciliation(await db(), day)
  return new Response(`\uFEFF${csv}`, {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="doi-soat-${day}.csv"`, 'Cache-Control': 'no-store' },
  })
}
