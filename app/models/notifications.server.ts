// Messages to people: always in the portal; by e-mail (SMTP_URL) and SMS (a provider, or the built-in sandbox)
// through the job queue, one `message-send` job per message, retried with backoff until the channel takes
// it. Every message is a Notification row first, so nothing is lost: without a channel it stays in the
// outbox (/quan-tri/hop-thu) unsent. Messages wait for the morning at night, one-time codes never do.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { db } from '../db.server.ts'
import { composeSms } from '../domain/messages/sms-text.ts'
import { quietUntil } from '../domain/messages/quiet-hours.ts'
import { defineJob, enqueue } from '../jobs/queue.server.ts'
import { inProcessFetch } from '../utils/in-process-fetch.server.ts'
import { sandboxEnabled } from '../utils/public-url.server.ts'
import { sandboxSmsApi } from './sms-sandbox.server.ts'
import { sendSms, smsConfig } from './sms.server.ts'

export interface Message {
  userId: string | null
  dossierId: string | null
  /** Also show it in the portal (default); a consent code only goes to the phone. */
  portal?: boolean
  subject: string
  body: string
  /** The SMS text (ASCII, ≤ 160 characters, see composeSms); else the body, shortened. */
  sms?: string
  email?: string | null
  phone?: string | null
  /** One-time codes: sent at once, day or night. */
  urgent?: boolean
  /** Makes sending twice harmless: one message per key and channel (`event:<id>`). */
  dedupeKey?: string
}

export interface Sender {
  channel: 'EMAIL' | 'SMS'
  /** Resolves when the channel took the message (with its id there, if any); throws when refused. */
  send(to: string, subject: string, body: string, requestId: string): Promise<void | { providerMessageId?: string }>
}

let senders: Sender[] | undefined

async function configuredSenders(): Promise<Sender[]> {
  if (senders) return senders
  const list: Sender[] = []
  if (process.env.SMTP_URL) {
    const { createTransport } = await import('nodemailer')
    const transport = createTransport(process.env.SMTP_URL)
    const from = process.env.MAIL_FROM ?? 'Cổng Dịch vụ công <no-reply@localhost>'
    list.push({ channel: 'EMAIL', send: async (to, subject, text) => ({ providerMessageId: (await transport.sendMail({ from, to, subject, text })).messageId }) })
  }
  const sms = smsConfig()
  if (sms.url) list.push({ channel: 'SMS', send: (to, _subject, text, id) => sendSms({ ...sms, url: sms.url! }, to, text, id) })
  else if (sandboxEnabled('SMS')) {
    const sandbox = inProcessFetch(sandboxSmsApi)
    list.push({ channel: 'SMS', send: (to, _subject, text, id) => sendSms({ ...sms, url: 'http://sandbox/tin-nhan/sandbox/api' }, to, text, id, sandbox) })
  }
  senders = list
  return list
}

/** Tests install their own channels (or [] for none); `undefined` goes back to the environment's. */
export function useSenders(custom: Sender[] | undefined) {
  senders = custom
}

/** Records the message for every channel and queues its delivery; never loses it when a channel fails. */
export async function notify(prisma: PrismaClient, message: Message) {
  const base = { userId: message.userId, dossierId: message.dossierId, subject: message.subject }
  const keyed = (channel: string) => (message.dedupeKey ? `${message.dedupeKey}:${channel}` : undefined)
  if (message.portal !== false) await record(prisma, { ...base, body: message.body, channel: 'PORTAL', sentAt: new Date(), dedupeKey: keyed('PORTAL') })
  const notBefore = message.urgent ? null : quietUntil(new Date())
  const targets = [
    { channel: 'EMAIL' as const, to: message.email, body: message.body },
    { channel: 'SMS' as const, to: message.phone, body: message.sms ?? composeSms(() => message.body) },
  ]
  for (const { channel, to, body } of targets) {
    if (!to) continue
    const row = await record(prisma, { ...base, body, channel, recipient: to, notBefore, dedupeKey: keyed(channel) })
    if (!row.sentAt) await enqueue('message-send', { notificationId: row.id }, { startAfter: notBefore ?? undefined })
  }
}

type NewNotification = Parameters<PrismaClient['notification']['create']>[0]['data'] & { dedupeKey?: string }

/** One row per dedupe key: a second run of the same job finds the first one's row. */
function record(prisma: PrismaClient, data: NewNotification) {
  if (!data.dedupeKey) return prisma.notification.create({ data, select: { id: true, sentAt: true } })
  return prisma.notification.upsert({ where: { dedupeKey: data.dedupeKey }, create: data, update: {}, select: { id: true, sentAt: true } })
}

/** Delivers one queued message; idempotent (a sent one is left alone). Throws when the channel refuses. */
export async function deliver(prisma: PrismaClient, notificationId: string) {
  const row = await prisma.notification.findUnique({ where: { id: notificationId } })
  if (!row || row.sentAt || !row.recipient || row.channel === 'PORTAL') return
  const sender = (await configuredSenders()).find((s) => s.channel === row.channel)
  if (!sender) return // no channel configured: it stays in the outbox
  try {
    const result = await sender.send(row.recipient, row.subject, row.body, row.id)
    await prisma.notification.update({
      where: { id: row.id },
      data: { sentAt: new Date(), attempts: { increment: 1 }, lastError: null, providerMessageId: result?.providerMessageId ?? null },
    })
  } catch (error) {
    await prisma.notification.update({ where: { id: row.id }, data: { attempts: { increment: 1 }, lastError: (error as Error).message.slice(0, 500) } })
    throw error
  }
}

defineJob<{ notificationId: string }>({
  name: 'message-send',
  retryLimit: 8,
  retryDelay: 30,
  handler: async ({ notificationId }) => deliver(await db(), notificationId),
})
