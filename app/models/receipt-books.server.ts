// Receipt numbers: each agency issues fee and charge receipts from a book it registered with its tax office (form
// symbol and series); numbers in a book run 1, 2, 3… without gaps. A number is taken in the transaction that
// records the payment (or, for payments recorded before receipts were numbered, the first time the receipt is
// issued), so a transaction that fails gives its number back.
import type { Prisma, PrismaClient } from '../../prisma/generated/client.ts'

/** The form symbol a book gets when the agency has none yet (the earlier fee-receipt pattern; ADR 040). */
export const DEFAULT_RECEIPT_FORM = '01BLP0-001'

/** The series of a default book: the year's two digits and E for an electronic receipt. */
export function defaultSeries(at: Date): string {
  const year = new Date(at.getTime() + 7 * 3600_000).getUTCFullYear() % 100
  return `BL-${String(year).padStart(2, '0')}E`
}

/** The agency's current book: its newest, or a default one for this year made on first use. */
async function currentBook(tx: Prisma.TransactionClient, agencyId: string, at: Date) {
  const newest = await tx.receiptBook.findFirst({ where: { agencyId }, orderBy: { createdAt: 'desc' }, select: { id: true } })
  if (newest) return newest.id
  await tx.receiptBook.createMany({ data: [{ agencyId, form: DEFAULT_RECEIPT_FORM, series: defaultSeries(at) }], skipDuplicates: true })
  return (await tx.receiptBook.findFirstOrThrow({ where: { agencyId }, orderBy: { createdAt: 'desc' }, select: { id: true } })).id
}

/** Gives the payment the next number of its agency's book (the book's row is locked until the transaction ends). */
export async function numberReceipt(tx: Prisma.TransactionClient, paymentId: string, agencyId: string, at: Date) {
  const bookId = await currentBook(tx, agencyId, at)
  const rows = await tx.$queryRaw<{ lastNumber: number }[]>`
    UPDATE "ReceiptBook" SET "lastNumber" = "lastNumber" + 1 WHERE "id" = ${bookId} RETURNING "lastNumber"`
  const number = Number(rows[0]!.lastNumber)
  await tx.payment.update({ where: { id: paymentId }, data: { receiptBookId: bookId, receiptNumber: number } })
  return number
}

/** A settled payment's receipt number, numbering it now if it has none (payments from before numbering). */
export async function ensureReceiptNumber(prisma: PrismaClient, paymentId: string) {
  return prisma.$transaction(async (tx) => {
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { receiptNumber: true, paidAt: true, createdAt: true, dossier: { select: { agencyId: true } } } })
    if (payment.receiptNumber !== null) return
    // Two downloads at once: the payment row's lock makes the second see the first's number.
    await tx.$queryRaw`SELECT "id" FROM "Payment" WHERE "id" = ${paymentId} FOR UPDATE`
    const again = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { receiptNumber: true } })
    if (again.receiptNumber === null) await numberReceipt(tx, paymentId, payment.dossier.agencyId, payment.paidAt ?? payment.createdAt)
  })
}

/** "0000042": receipts print their number with seven digits. */
export const receiptNumberText = (number: number) => String(number).padStart(7, '0')
