// The day's reconciliation for the finance office (CSV, /quan-tri/doi-soat?ngay=yyyy-mm-dd): every word the
// gateway said that day (IPN and transaction query answers) next to what we kept, plus the day's payments the
// gateway said nothing about (still pending, closed unpaid, cash at the desk). Anything to look at is flagged.
import type { PrismaClient } from '../../prisma/generated/client.ts'
import type { VnpParams } from '../domain/payments/vnpay.ts'

const HEADER = [
  'reference',
  'dossier',
  'method',
  'amount_vnd',
  'our_status',
  'applied',
  'source',
  'received_at',
  'gateway_response',
  'gateway_status',
  'gateway_amount_vnd',
  'gateway_transaction',
  'our_reply',
  'effect',
  'refunded_vnd',
  'refund_status',
  'match',
  'flag',
]

const FLAGS: Record<string, string> = { WRONG_MERCHANT: 'wrong merchant', AMOUNT_MISMATCH: 'amount mismatch', CONTRADICTION: 'contradiction' }

const csv = (rows: (string | number)[][]) => rows.map((row) => row.map((cell) => `"${String(cell).replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n'

export async function reconciliation(prisma: PrismaClient, day: string) {
  const from = new Date(`${day}T00:00:00+07:00`)
  const to = new Date(from.getTime() + 86_400_000)
  const paymentInclude = { dossier: { select: { code: true } }, refund: true } as const
  const [words, silent] = await Promise.all([
    prisma.paymentNotification.findMany({ where: { receivedAt: { gte: from, lt: to } }, orderBy: { receivedAt: 'asc' }, include: { payment: { include: paymentInclude } } }),
    prisma.payment.findMany({ where: { createdAt: { gte: from, lt: to }, notifications: { none: {} } }, orderBy: { createdAt: 'asc' }, include: paymentInclude }),
  ])
  type Payment = (typeof silent)[number]
  const ours = (p: Payment) => [p.reference, p.dossier.code ?? '', p.gateway === 'cash' ? 'cash' : 'online', p.amount, p.status, p.applied ? 'yes' : 'no']
  const refund = (p: Payment) => [p.refund?.amount ?? 0, p.refund?.status ?? '']
  const refundFlag = (p: Payment) => (p.refund ? (p.refund.status === 'FAILED' ? `refund failed (${p.refund.cause})` : `refund: ${p.refund.cause}`) : '')
  const rows = words.map((w) => {
    const g = w.params as VnpParams
    const gatewayPaid = w.outcome === 'SUCCEEDED'
    const agrees = w.effect !== 'WRONG_MERCHANT' && w.effect !== 'AMOUNT_MISMATCH' && (w.outcome === 'PENDING' || gatewayPaid === (w.payment.status === 'SUCCEEDED'))
    const match = w.outcome === 'PENDING' && w.payment.status === 'PENDING' ? 'pending' : agrees ? 'yes' : 'NO'
    const flag = [FLAGS[w.effect], w.effect === 'REFUNDED' || (gatewayPaid && w.payment.refund) ? refundFlag(w.payment) : ''].filter(Boolean).join('; ')
    return [
      ...ours(w.payment),
      w.source,
      w.receivedAt.toISOString(),
      g.vnp_ResponseCode ?? '',
      g.vnp_TransactionStatus ?? '',
      w.amount ?? '',
      w.transactionNo ?? '',
      w.reply ?? '',
      w.effect,
      ...refund(w.payment),
      match,
      flag,
    ]
  })
  for (const p of silent) {
    const match = p.gateway === 'cash' ? 'cash' : p.status === 'PENDING' ? 'pending' : p.status === 'SUCCEEDED' ? 'NO' : 'yes'
    rows.push([...ours(p), '', '', '', '', '', '', '', '', ...refund(p), match, refundFlag(p)])
  }
  return csv([HEADER, ...rows])
}
