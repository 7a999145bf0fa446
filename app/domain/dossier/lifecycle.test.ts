import { describe, expect, it } from 'vitest'
import { WorkingCalendar } from '../calendar/working-time.ts'
import { availableActions, check, decide, RULES, waitingActions, type Attempt, type DossierState } from './lifecycle.ts'

const now = new Date('2026-12-02T03:00:00Z') // 10:00 on a Wednesday in Vietnam
const state = (over: Partial<DossierState> = {}): DossierState => ({
  status: 'SUBMITTED',
  awaitingApproval: false,
  assigneeId: null,
  channel: 'ONLINE',
  dueAt: new Date('2026-12-09T10:00:00Z'),
  receivedAt: null,
  outcome: null,
  feeUnpaidAtSubmission: false,
  feeCaseUndecided: false,
  draftResult: null,
  approvedResult: null,
  ...over,
})
const staff = (role: 'CLERK' | 'SPECIALIST' | 'APPROVER', id = `${role}-1`) => ({ role, id, isApplicant: false })
const applicant = { role: 'CITIZEN' as const, id: 'citizen-1', isApplicant: true }
const attempt = (a: Partial<Attempt> & Pick<Attempt, 'action' | 'actor'>): Attempt => ({ now, ...a })
const calendar = new WorkingCalendar()
const clock = { calendar, timeLimit: 5, timeLimitUnit: 'WORKING_DAY' as const, feeBeforeResult: false }
const draft = { documentId: 'doc-1', fileId: 'file-1', sha256: 'abc' }

describe('who may act, in which state', () => {
  it('lets the applicant submit a draft and nobody receive it twice', () => {
    expect(check(state({ status: 'DRAFT' }), attempt({ action: 'submit', actor: applicant }))).toBeNull()
    expect(check(state(), attempt({ action: 'submit', actor: applicant }))).toBe('wrongState')
    expect(check(state({ status: 'RECEIVED' }), attempt({ action: 'receive', actor: staff('CLERK') }))).toBe('wrongState')
  })

  it('keeps a citizen from acting as a clerk, even on their own dossier', () => {
    expect(check(state(), attempt({ action: 'receive', actor: applicant }))).toBe('notAllowed')
    expect(check(state({ status: 'DRAFT' }), attempt({ action: 'submit', actor: { ...applicant, isApplicant: false } }))).toBe('notAllowed')
  })

  it('checks permission and state before what the action carries', () => {
    expect(check(state(), attempt({ action: 'returnResult', actor: staff('SPECIALIST'), files: 1 }))).toBe('wrongState')
    expect(check(state({ status: 'RESOLVED' }), attempt({ action: 'returnResult', actor: staff('SPECIALIST') }))).toBe('notAllowed')
  })

  it('lets only the assignee or a leader submit for approval, and only with a draft result', () => {
    const working = state({ status: 'IN_PROGRESS', assigneeId: 'SPECIALIST-1' })
    expect(check(working, attempt({ action: 'submitForApproval', actor: staff('SPECIALIST', 'SPECIALIST-2'), files: 1 }))).toBe('notAllowed')
    expect(check(working, attempt({ action: 'submitForApproval', actor: staff('SPECIALIST'), files: 0 }))).toBe('draftRequired')
    expect(check(working, attempt({ action: 'submitForApproval', actor: staff('SPECIALIST'), files: 1 }))).toBeNull()
    expect(check(working, attempt({ action: 'submitForApproval', actor: staff('APPROVER'), files: 1 }))).toBeNull()
  })

  it('lets the approver decide only what was submitted, or send it back with a reason', () => {
    const waiting = state({ status: 'IN_PROGRESS', awaitingApproval: true, draftResult: draft })
    expect(check(state({ status: 'IN_PROGRESS' }), attempt({ action: 'approve', actor: staff('APPROVER') }))).toBe('wrongState')
    expect(check(waiting, attempt({ action: 'approve', actor: staff('APPROVER') }))).toBeNull()
    expect(check(waiting, attempt({ action: 'sendBack', actor: staff('APPROVER') }))).toBe('reasonRequired')
    expect(availableActions(waiting, staff('APPROVER'), now)).toEqual(['assign', 'sendBack', 'approve', 'reject', 'stop', 'note'])
  })

  it('offers the applicant withdraw while undecided, and nothing once decided', () => {
    expect(availableActions(state({ status: 'IN_PROGRESS' }), applicant, now)).toEqual(['withdraw'])
    expect(availableActions(state({ status: 'SUPPLEMENT_REQUESTED' }), applicant, now)).toEqual(['answerSupplement', 'withdraw'])
    expect(availableActions(state({ status: 'RESULT_RETURNED' }), applicant, now)).toEqual([])
  })

  it('asks the assignee, not any specialist, for supplement requests', () => {
    const working = state({ status: 'IN_PROGRESS', assigneeId: 'SPECIALIST-1' })
    const request = { action: 'requestSupplement' as const, reason: 'Thiếu', items: ['Giấy chứng sinh'] }
    expect(check(working, attempt({ ...request, actor: staff('SPECIALIST', 'SPECIALIST-2') }))).toBe('notAllowed')
    expect(check(working, attempt({ ...request, actor: staff('SPECIALIST') }))).toBeNull()
  })
})

describe('what an action must carry', () => {
  it('makes "refused with no reason" impossible', () => {
    expect(check(state(), attempt({ action: 'refuse', actor: staff('CLERK'), reason: '  ' }))).toBe('reasonRequired')
    expect(check(state(), attempt({ action: 'refuse', actor: staff('CLERK'), reason: 'Sai thẩm quyền' }))).toBeNull()
  })

  it('requires a supplement request to list what is missing, with an answer-by date still ahead', () => {
    const base = { action: 'requestSupplement' as const, actor: staff('CLERK'), reason: 'Thiếu giấy tờ' }
    expect(check(state({ status: 'RECEIVED' }), attempt({ ...base, items: [] }))).toBe('itemsRequired')
    expect(check(state({ status: 'RECEIVED' }), attempt({ ...base, items: ['Bản sao Giấy chứng sinh'], date: new Date('2026-11-30') }))).toBe('dateRequired')
    expect(check(state({ status: 'RECEIVED' }), attempt({ ...base, items: ['Bản sao Giấy chứng sinh'] }))).toBeNull()
  })

  it('needs a file or a note to answer a supplement request', () => {
    const asked = state({ status: 'SUPPLEMENT_REQUESTED' })
    expect(check(asked, attempt({ action: 'answerSupplement', actor: applicant }))).toBe('answerRequired')
    expect(check(asked, attempt({ action: 'answerSupplement', actor: applicant, files: 1 }))).toBeNull()
    expect(check(asked, attempt({ action: 'answerSupplement', actor: applicant, reason: 'Đã nộp bản chính tại quầy' }))).toBeNull()
  })

  it('receives an online dossier only once the fee due at submission is paid, and says so to the desk', () => {
    expect(check(state({ feeUnpaidAtSubmission: true }), attempt({ action: 'receive', actor: staff('CLERK') }))).toBe('unpaid')
    expect(waitingActions(state({ feeUnpaidAtSubmission: true }), staff('CLERK'), now)).toEqual({ receive: 'unpaid' })
    expect(waitingActions(state({ feeUnpaidAtSubmission: true }), staff('SPECIALIST'), now)).toEqual({})
  })

  it('receives a dossier only once the clerk decided the fee exemption it claims', () => {
    expect(check(state({ feeCaseUndecided: true }), attempt({ action: 'receive', actor: staff('CLERK') }))).toBe('feeCaseUndecided')
  })

  it('confirms a payment from the gateway or from the clerk taking cash, nobody else', () => {
    const awaiting = state({ status: 'AWAITING_PAYMENT', outcome: 'APPROVED' })
    expect(check(awaiting, attempt({ action: 'confirmPayment', actor: { role: 'SYSTEM', id: null, isApplicant: false } }))).toBeNull()
    expect(check(awaiting, attempt({ action: 'confirmPayment', actor: staff('CLERK') }))).toBeNull()
    expect(check(awaiting, attempt({ action: 'confirmPayment', actor: staff('SPECIALIST') }))).toBe('notAllowed')
    expect(check(awaiting, attempt({ action: 'confirmPayment', actor: applicant }))).toBe('notAllowed')
  })

  it('returns an approved dossier only with its approved result', () => {
    const resolved = state({ status: 'RESOLVED', outcome: 'APPROVED' })
    expect(check(resolved, attempt({ action: 'returnResult', actor: staff('CLERK') }))).toBe('resultMissing')
    expect(check({ ...resolved, approvedResult: draft }, attempt({ action: 'returnResult', actor: staff('CLERK') }))).toBeNull()
    expect(check(state({ status: 'RESOLVED', outcome: 'REFUSED' }), attempt({ action: 'returnResult', actor: staff('CLERK') }))).toBeNull()
  })

  it('apologises only for a late dossier, with a new appointment ahead', () => {
    const late = state({ status: 'IN_PROGRESS', dueAt: new Date('2026-12-01T10:00:00Z') })
    const base = { action: 'apologise' as const, actor: staff('CLERK'), reason: 'Cần xác minh thêm' }
    expect(check(state({ status: 'IN_PROGRESS' }), attempt({ ...base, date: new Date('2026-12-20') }))).toBe('notOverdue')
    expect(check(late, attempt(base))).toBe('dateRequired')
    expect(check(late, attempt({ ...base, date: new Date('2026-12-01') }))).toBe('dateRequired')
    expect(check(late, attempt({ ...base, date: new Date('2026-12-20') }))).toBeNull()
  })

  it('gives every reason-bearing action of the applicant a form', () => {
    for (const action of ['refuse', 'requestSupplement', 'stop', 'apologise'] as const) expect(RULES[action].form, action).toBeDefined()
  })
})

describe('what an action changes', () => {
  it('keeps the legal due date on an apology and records the new appointment apart', () => {
    const late = state({ status: 'IN_PROGRESS', dueAt: new Date('2026-12-01T10:00:00Z') })
    const appointment = new Date('2026-12-20T10:00:00Z')
    const decision = decide(late, attempt({ action: 'apologise', actor: staff('CLERK'), reason: 'x', date: appointment }), clock)
    expect(decision.change).toEqual({ appointmentAt: appointment })
    expect(decision.to).toBe('IN_PROGRESS')
    expect(decision.form).toBe('04')
  })

  it('approves exactly the draft last submitted, which becomes the result', () => {
    const waiting = state({ status: 'IN_PROGRESS', awaitingApproval: true, draftResult: draft })
    const decision = decide(waiting, attempt({ action: 'approve', actor: staff('APPROVER') }), clock)
    expect(decision.promote).toEqual({ fileId: 'file-1', purpose: 'RESULT' })
    expect(decision.eventData).toMatchObject({ draftFileId: 'file-1', draftSha256: 'abc' })
    expect(decide(waiting, attempt({ action: 'approve', actor: staff('APPROVER') }), { ...clock, feeBeforeResult: true }).to).toBe('AWAITING_PAYMENT')
  })

  it('pauses the clock on a supplement request and resumes it with the time that was left', () => {
    const received = state({ status: 'RECEIVED', receivedAt: new Date('2026-12-01T01:00:00Z'), dueAt: new Date('2026-12-02T10:00:00Z') })
    const asked = decide(received, attempt({ action: 'requestSupplement', actor: staff('CLERK'), reason: 'x', items: ['a'] }), clock)
    // Wednesday 10:00 → 17:00 the same day: 90 minutes before the lunch break, 210 after it.
    expect(asked.eventData.remainingMinutes).toBe(300)
    expect(asked.change).toEqual({ status: 'SUPPLEMENT_REQUESTED', supplementRequests: 1 })
    const answeredAt = new Date('2026-12-07T01:00:00Z') // Monday 08:00
    const answered = decide(state({ status: 'SUPPLEMENT_REQUESTED' }), attempt({ action: 'answerSupplement', actor: applicant, files: 1, now: answeredAt }), {
      ...clock,
      pause: { at: now, fromStatus: 'RECEIVED', remainingMinutes: 300 },
    })
    expect(answered.to).toBe('RECEIVED')
    expect(answered.change.dueAt).toEqual(calendar.addWorkingMinutes(answeredAt, 300))
    expect(answered.change.pausedMinutes).toBe(calendar.workingMinutesBetween(now, answeredAt))
  })
})
