// Messages about a dossier: always in the portal; by e-mail through SMTP when SMTP_URL is set, otherwise kept
// in the outbox (the Notification table) for an admin to read; SMS behind the same interface.
import type { PrismaClient } from '../../prisma/generated/client.ts'

export interface Message {
  userId: string | null
  dossierId: string | null
  /** Also show it in the portal (default); a consent code only goes to the phone. */
  portal?: boolean
  subject: string
  body: string
  email?: string | null
  phone?: string | null
}

export interface Sender {
  channel: 'EMAIL' | 'SMS'
  /** Resolves when delivered; throws when the provider refuses. */
  send(to: string, subject: string, body: string): Promise<void>
}

let senders: Sender[] | undefined

async function configuredSenders(): Promise<Sender[]> {
  if (senders) return senders
  senders = []
  if (process.env.SMTP_URL) {
    const { createTransport } = await import('nodemailer')
    const transport = createTransport(process.env.SMTP_URL)
    const from = process.env.MAIL_FROM ?? 'Cổng Dịch vụ công <no-reply@localhost>'
    senders.push({ channel: 'EMAIL', send: async (to, subject, text) => void (await transport.sendMail({ from, to, subject, text })) })
  }
  return senders
}

export function useSenders(custom: Sender[]) {
  senders = custom
}

/** Records the message for every channel; delivery failures leave it unsent in the outbox, never lose it. */
export async function notify(prisma: PrismaClient, message: Message) {
  const base = { userId: message.userId, dossierId: message.dossierId, subject: message.subject, body: message.body }
  if (message.portal !== false) await prisma.notification.create({ data: { ...base, channel: 'PORTAL', sentAt: new Date() } })
  const targets: { channel: 'EMAIL' | 'SMS'; to: string | null | undefined }[] = [
    { channel: 'EMAIL', to: message.email },
    { channel: 'SMS', to: message.phone },
  ]
  const available = await configuredSenders()
  for (const { channel, to } of targets) {
    if (!to) continue
    const row = await prisma.notification.create({ data: { ...base, channel, recipient: to } })
    const sender = available.find((s) => s.channel === channel)
    if (!sender) continue
    try {
      await sender.send(to, message.subject, message.body)
      await prisma.notification.update({ where: { id: row.id }, data: { sentAt: new Date() } })
    } catch (error) {
      console.error(`Could not send ${channel} for dossier ${message.dossierId}:`, (error as Error).message)
    }
  }
}
