// Messages that arrive and a national portal in sync, with the real job queue on the test database: e-mail
// through a real SMTP server started here (refusing once, then taking it), SMS over HTTP in the provider
// protocol to the sandbox gateway with its delivery receipt, and national sync retried after the sandbox
// receiver fails once. Also what a counter applicant is told, and nothing for internal steps.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SessionUser } from '~/auth/session.server.ts'
import { quietUntil } from '~/domain/messages/quiet-hours.ts'
import { startJobs, stopJobs } from '~/jobs/queue.server.ts'
import { sendDeadlineReminders } from '~/jobs/reminders.server.ts'
import { transition } from '~/models/dossier.server.ts'
import { simulateNationalOutage } from '~/models/national-sandbox.server.ts'
import { syncIndicator } from '~/models/national-sync.server.ts'
import { notify, useSenders } from '~/models/notifications.server.ts'
import { sandboxSmsApi } from '~/models/sms-sandbox.server.ts'
import { receiveDeliveryReceipt, SANDBOX_CREDENTIALS } from '~/models/sms.server.ts'
import { counterDossier } from '../support/dossiers.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })

/** Polls until `check` returns something truthy (the queue works in the background). */
async function until<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/** A node HTTP server around a fetch-style handler: the sandboxes reached over a real socket. */
async function serve(handler: (request: Request) => Promise<Response>) {
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: chunks.length ? Buffer.concat(chunks) : undefined })
    const response = await handler(request)
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const close = () => {
    server.closeAllConnections() // fetch keeps connections alive
    return new Promise((resolve) => server.close(resolve))
  }
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close }
}

const saved = { ...process.env }
let smtp: SMTPServer
const received: string[] = []
let refuseNext = 1
let sms: Awaited<ReturnType<typeof serve>>

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      let text = ''
      stream.on('data', (chunk: Buffer) => (text += chunk.toString()))
      stream.on('end', () => {
        if (refuseNext-- > 0) return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }))
        received.push(text)
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  // The SMS sandbox behind a real socket; it reports delivery to the receipt handler, as a provider would.
  sms = await serve((request) => (new URL(request.url).pathname === '/api' ? sandboxSmsApi(request) : receiveDeliveryReceipt(request)))
  Object.assign(process.env, {
    SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    SMS_API_URL: `${sms.url}/api`,
    SMS_API_USER: SANDBOX_CREDENTIALS.user,
    SMS_API_PASSWORD: SANDBOX_CREDENTIALS.password,
    SMS_RECEIPT_TOKEN: SANDBOX_CREDENTIALS.receiptToken,
    NATIONAL_SYNC_SANDBOX: '1',
  })
  useSenders(undefined)
  await startJobs(database(), { schedules: false, retryDelaySeconds: 1 })
})

afterAll(async () => {
  await stopJobs()
  useSenders([])
  process.env = saved
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
  await sms.close()
})

const staff = async (email: string) => (await database().prisma.user.findUniqueOrThrow({ where: { email } })) as unknown as SessionUser

describe('messages through the job queue', () => {
  it('retries an e-mail the SMTP server refused (451) and marks it sent once taken', async () => {
    const { prisma } = database()
    await notify(prisma, { userId: null, dossierId: null, subject: 'Mã xác nhận', body: 'Mã của bạn: 482913', email: 'retry@example.com', urgent: true })
    const sent = await until(() => prisma.notification.findFirst({ where: { recipient: 'retry@example.com', sentAt: { not: null } } }))
    expect(sent.attempts).toBe(2)
    expect(received.some((mail) => mail.includes('482913'))).toBe(true)
  })

  it('sends an SMS in ASCII to the provider API and records its delivery receipt', async () => {
    const { prisma } = database()
    await notify(prisma, { userId: null, dossierId: null, subject: 'Mã', body: 'Mã đồng ý của bạn là 271828, hiệu lực 10 phút.', phone: '0918777666', portal: false, urgent: true })
    const delivered = await until(() => prisma.notification.findFirst({ where: { recipient: '0918777666', deliveryStatus: 'DELIVERED' } }))
    expect(delivered.body).toBe('Ma dong y cua ban la 271828, hieu luc 10 phut.')
    const inbox = await prisma.sandboxSms.findMany({ where: { phone: '0918777666' } })
    expect(inbox.map((m) => m.message)).toEqual([delivered.body])
  })
})

describe('dossier changes', () => {
  it('tells a counter applicant how to follow without an account, waits for the morning at night, and says nothing of internal steps', async () => {
    const { prisma } = database()
    const clerk = await staff('motcua.longxuyen@angiang.example')
    const specialist = await staff('chuyenvien.longxuyen@angiang.example')
    const created = await counterDossier(prisma, clerk, '2.000884', { name: 'Lâm Thị Mười', nationalId: '089070003344', phone: '0918333444' })
    const text = await until(() => prisma.notification.findFirst({ where: { dossierId: created.id, channel: 'SMS' } }))
    expect(text.body).toContain(created.code)
    expect(text.body).toMatch(/tra-cuu/)
    expect(text.body.length).toBeLessThanOrEqual(160)
    expect(/^[\x20-\x7e]*$/.test(text.body)).toBe(true)
    expect(text.notBefore?.getTime() ?? null).toBe(quietUntil(text.createdAt)?.getTime() ?? null)
    // One message for the intake (submitted and received at once), none for the hand-over to a specialist.
    const version = (await prisma.dossier.findUniqueOrThrow({ where: { id: created.id } })).version
    await transition(prisma, created.id, { action: 'assign', actor: clerk, version, assigneeId: specialist.id })
    await until(() => prisma.nationalSync.findFirst({ where: { dossierId: created.id, status: 'IN_PROGRESS', syncedAt: { not: null } } }))
    expect(await prisma.notification.count({ where: { dossierId: created.id, channel: 'SMS' } })).toBe(1)
  })

  it('sends every status change to the national portal with its code, and retries after the receiver fails once', async () => {
    const { prisma } = database()
    const clerk = await staff('motcua.longxuyen@angiang.example')
    await simulateNationalOutage(1)
    const created = await counterDossier(prisma, clerk, '2.000884', { name: 'Mai Văn Sáu', nationalId: '089070005566', phone: '0918555666' })
    const synced = await until(async () => {
      const rows = await prisma.nationalSync.findMany({ where: { dossierId: created.id } })
      return rows.length === 2 && rows.every((r) => r.syncedAt) && rows
    })
    expect(synced.map((r) => r.statusCode).sort()).toEqual([1, 2])
    expect(synced[0]!.attempts).toBe(2)
    const records = await prisma.sandboxNationalRecord.findMany({ where: { dossierCode: created.code } })
    expect(records.map((r) => r.statusCode)).toEqual([2])
    const version = (await prisma.dossier.findUniqueOrThrow({ where: { id: created.id } })).version
    await transition(prisma, created.id, { action: 'stop', actor: await staff('lanhdao.longxuyen@angiang.example'), version, reason: 'Người nộp đề nghị' })
    await until(() => prisma.sandboxNationalRecord.findFirst({ where: { dossierCode: created.code, statusCode: 8 } }))
    const indicator = await syncIndicator(prisma, new Date(Date.now() - 3_600_000), new Date(Date.now() + 60_000))
    expect(indicator.share).toBeGreaterThan(0)
  })
})

describe('staff reminders', () => {
  it('tell the assignee and the desk’s clerks, once a day, of dossiers due within a working day', async () => {
    const { prisma } = database()
    const clerk = await staff('motcua.longxuyen@angiang.example')
    const specialist = await staff('chuyenvien.longxuyen@angiang.example')
    // A working Tuesday morning in Vietnam (no holiday), and a dossier due that afternoon.
    const morning = new Date('2026-12-08T07:00:00+07:00')
    const created = await counterDossier(prisma, clerk, '2.000884', { name: 'Đinh Văn Bảy', nationalId: '089070007788', phone: '0918777888' })
    await prisma.dossier.update({ where: { id: created.id }, data: { status: 'IN_PROGRESS', assigneeId: specialist.id, dueAt: new Date('2026-12-08T15:00:00+07:00') } })
    await sendDeadlineReminders(prisma, morning)
    await sendDeadlineReminders(prisma, morning) // a second run the same day sends nothing more
    for (const person of [specialist, clerk]) {
      const mine = await prisma.notification.findMany({ where: { userId: person.id, dedupeKey: { startsWith: 'reminder:2026-12-08:' } } })
      expect(mine.filter((n) => n.channel === 'PORTAL')).toHaveLength(1)
      expect(mine[0]!.body).toContain(created.code)
    }
  })
})
