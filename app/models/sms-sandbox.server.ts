// The built-in SMS gateway for the embedded demo and the tests: it speaks the provider protocol of
// sms.server.ts, keeps each phone's messages (shown at /tin-nhan/sandbox) and sends a delivery receipt back
// at once. Enabled by sandboxEnabled('SMS') (off on a PostgreSQL deployment unless SMS_SANDBOX=1).
import { db } from '../db.server.ts'
import { inProcessFetch } from '../utils/in-process-fetch.server.ts'
import { receiveDeliveryReceipt, SANDBOX_CREDENTIALS } from './sms.server.ts'

const deliverReceipt = inProcessFetch((request) => receiveDeliveryReceipt(request))

/** POST /tin-nhan/sandbox/api: accepts a message like a provider would. */
export async function sandboxSmsApi(request: Request): Promise<Response> {
  const expected = `Basic ${Buffer.from(`${SANDBOX_CREDENTIALS.user}:${SANDBOX_CREDENTIALS.password}`).toString('base64')}`
  if (request.headers.get('Authorization') !== expected) return Response.json({ code: '97', message: 'bad credentials' }, { status: 401 })
  const body = (await request.json().catch(() => null)) as { brandname?: string; phone?: string; message?: string; requestId?: string; callbackUrl?: string } | null
  if (!body?.phone || !/^84\d{9}$/.test(body.phone) || !body.message || !body.requestId) return Response.json({ code: '01', message: 'bad request' }, { status: 400 })
  if (body.message.length > 160 || !/^[\x20-\x7e]*$/.test(body.message)) return Response.json({ code: '04', message: 'not one GSM-7 segment' }, { status: 400 })
  const prisma = await db()
  const stored = await prisma.sandboxSms.create({
    data: { phone: `0${body.phone.slice(2)}`, brandname: body.brandname ?? '', message: body.message, requestId: body.requestId },
  })
  if (body.callbackUrl) {
    // Handed over after this answer, as a real gateway reports delivery a moment later.
    const receipt = { requestId: body.requestId, messageId: stored.id, status: 'DELIVERED', at: new Date().toISOString() }
    setTimeout(() => {
      void deliverReceipt(body.callbackUrl!, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${SANDBOX_CREDENTIALS.receiptToken}` },
        body: JSON.stringify(receipt),
      }).catch(() => undefined)
    }, 50)
  }
  return Response.json({ code: '00', messageId: stored.id, message: 'accepted' })
}

/** The sandbox's phones, newest message first, or one phone's messages. */
export async function sandboxInbox(phone?: string) {
  const prisma = await db()
  return prisma.sandboxSms.findMany({
    where: phone ? { phone } : {},
    orderBy: { receivedAt: 'desc' },
    take: 200,
    select: { id: true, phone: true, brandname: true, message: true, receivedAt: true },
  })
}
