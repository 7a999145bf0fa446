// Each working morning at 07:00 the staff hear of dossiers due within one working day: the specialist it is
// assigned to, and the clerks of the desk that received it. One message per person, once a day.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { db } from '../db.server.ts'
import { localDay } from '../domain/calendar/working-time.ts'
import { formatDateTime } from '../domain/format.ts'
import { isLanguage } from '../i18n/config.ts'
import { serverI18n } from '../i18n/i18n.server.ts'
import { workingCalendar } from '../models/calendar.server.ts'
import { notify } from '../models/notifications.server.ts'
import { publicUrl } from '../utils/public-url.server.ts'
import { defineJob } from './queue.server.ts'

/** The clock runs in these states (not while the applicant has to supplement or pay). */
const RUNNING = ['RECEIVED', 'IN_PROGRESS'] as const

export async function sendDeadlineReminders(prisma: PrismaClient, now = new Date()) {
  const calendar = await workingCalendar(prisma)
  const today = localDay(now)
  if (!calendar.isWorkingDay(today)) return 0
  const horizon = calendar.addWorkingMinutes(now, calendar.minutesPerDay)
  const due = await prisma.dossier.findMany({
    where: { status: { in: [...RUNNING] }, dueAt: { gte: now, lte: horizon } },
    orderBy: { dueAt: 'asc' },
    select: { code: true, dueAt: true, assigneeId: true, deskId: true, procedure: { select: { name: true } } },
  })
  const clerks = await prisma.user.findMany({
    where: { role: 'CLERK', active: true, deskId: { in: [...new Set(due.map((d) => d.deskId).filter((id): id is string => id !== null))] } },
    select: { id: true, deskId: true },
  })
  const forUser = new Map<string, typeof due>()
  const add = (userId: string, dossier: (typeof due)[number]) => forUser.set(userId, [...(forUser.get(userId) ?? []), dossier])
  for (const dossier of due) {
    if (dossier.assigneeId) add(dossier.assigneeId, dossier)
    for (const clerk of clerks) if (clerk.deskId === dossier.deskId) add(clerk.id, dossier)
  }
  const people = await prisma.user.findMany({ where: { id: { in: [...forUser.keys()] } }, select: { id: true, email: true, preferredLanguage: true } })
  for (const person of people) {
    const { t } = await serverI18n(isLanguage(person.preferredLanguage) ? person.preferredLanguage : 'vi')
    const dossiers = forUser.get(person.id)!
    const list = dossiers.map((d) => t('notification.reminder.line', { code: d.code, procedure: d.procedure.name, dueDate: formatDateTime(d.dueAt!) })).join('\n')
    await notify(prisma, {
      userId: person.id,
      dossierId: null,
      subject: t('notification.reminder.subject', { count: dossiers.length }),
      body: t('notification.reminder.body', { list, link: publicUrl('/mot-cua?due=soon') }),
      email: person.email,
      dedupeKey: `reminder:${today}:${person.id}`,
    })
  }
  return people.length
}

defineJob({ name: 'deadline-reminders', cron: '0 7 * * *', pollingIntervalSeconds: 30, handler: async () => void (await sendDeadlineReminders(await db())) })
