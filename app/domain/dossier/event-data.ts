// What a timeline event carries besides its action, states, actor and note (DossierEvent.data, JSON): one
// schema for what the life cycle, the counter intake and payments write, and for what the timeline, the
// applicant's messages and the supplement clock read back. A field an older event wrote differently is
// dropped on reading, never trusted as it is.
import { z } from 'zod'

const kept = <T extends z.ZodType>(type: T) => type.optional().catch(undefined)
const when = kept(z.coerce.date())
const text = kept(z.string())
const texts = kept(z.array(z.string()))
const minutes = kept(z.number().int())

export const eventDataSchema = z.object({
  /** How the dossier came in (createDraft, submit). */
  channel: text,
  /** The legal due date set at receipt or moved by a supplement pause. */
  dueAt: when,
  /** The new appointment an apology gives. */
  appointmentAt: when,
  /** The date by which a supplement request is to be answered. */
  answerBy: when,
  /** The documents a supplement request asks for. */
  items: texts,
  /** Working minutes left on the clock when a supplement request paused it (null: no clock yet). */
  remainingMinutes: kept(z.number().int().nullable()),
  pausedMinutes: minutes,
  assigneeId: text,
  outcome: kept(z.enum(['APPROVED', 'REFUSED'])),
  /** The draft result an approval approved, and the document a request for approval named. */
  draftFileId: text,
  draftSha256: text,
  documentId: text,
  sha256: text,
  verificationCode: text,
  /** Files the event stored, and the required documents a counter intake received on paper. */
  fileIds: texts,
  receivedDocuments: texts,
  /** A payment's amount in VND, the payment, how it was paid (CASH or ONLINE) and its receipt's number. */
  amount: minutes,
  paymentId: text,
  method: kept(z.enum(['CASH', 'ONLINE'])),
  receiptNumber: minutes,
  /** A fee exemption or reduction the clerk decided: the case, its share, the decision and the fee before it. */
  feeCase: text,
  reductionPercent: minutes,
  accepted: kept(z.boolean()),
  feeBefore: minutes,
  /** How a dossier filed for someone else joined their account: the e-ID, or the code sent to its phone. */
  claimedBy: kept(z.enum(['eid', 'phoneCode'])),
})

/** What an event is written with (dates as Date). */
export type EventData = z.input<typeof eventDataSchema>
/** What an event is read back as. */
export type EventDataRead = z.output<typeof eventDataSchema>

export function readEventData(json: unknown): EventDataRead {
  const read = eventDataSchema.safeParse(json && typeof json === 'object' ? json : {})
  return read.success ? read.data : {}
}
