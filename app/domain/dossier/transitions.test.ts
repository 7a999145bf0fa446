import { describe, expect, it } from 'vitest'
import { availableActions, check, TRANSITIONS } from './transitions.ts'

describe('dossier transitions', () => {
  it('lets the applicant submit a draft and nobody receive it twice', () => {
    expect(check({ action: 'submit', status: 'DRAFT', actor: 'CITIZEN', isApplicant: true })).toBeNull()
    expect(check({ action: 'submit', status: 'SUBMITTED', actor: 'CITIZEN', isApplicant: true })).toBe('wrongState')
    expect(check({ action: 'receive', status: 'RECEIVED', actor: 'CLERK', isApplicant: false })).toBe('wrongState')
  })

  it('keeps a citizen from acting as a clerk, even on their own dossier', () => {
    expect(check({ action: 'receive', status: 'SUBMITTED', actor: 'CITIZEN', isApplicant: true })).toBe('notAllowed')
    expect(check({ action: 'submit', status: 'DRAFT', actor: 'CITIZEN', isApplicant: false })).toBe('notAllowed')
  })

  it('makes "refused with no reason" impossible', () => {
    expect(check({ action: 'refuse', status: 'SUBMITTED', actor: 'CLERK', isApplicant: false, reason: '  ' })).toBe('reasonRequired')
    expect(check({ action: 'refuse', status: 'SUBMITTED', actor: 'CLERK', isApplicant: false, reason: 'Sai thẩm quyền' })).toBeNull()
  })

  it('requires a supplement request to list what is missing', () => {
    const base = { action: 'requestSupplement' as const, status: 'RECEIVED' as const, actor: 'CLERK' as const, isApplicant: false, reason: 'Thiếu giấy tờ' }
    expect(check({ ...base, items: [] })).toBe('itemsRequired')
    expect(check({ ...base, items: ['Bản sao Giấy chứng sinh'] })).toBeNull()
  })

  it('gives every reason-bearing action a form or a timeline note', () => {
    for (const [action, rule] of Object.entries(TRANSITIONS)) {
      if (['refuse', 'requestSupplement', 'stop', 'apologise'].includes(action)) expect(rule.form, action).toBeDefined()
    }
  })

  it('offers the applicant withdraw while open, and nothing once decided', () => {
    expect(availableActions('IN_PROGRESS', 'CITIZEN', true)).toEqual(['withdraw'])
    expect(availableActions('SUPPLEMENT_REQUESTED', 'CITIZEN', true)).toEqual(['answerSupplement', 'withdraw'])
    expect(availableActions('RESULT_RETURNED', 'CITIZEN', true)).toEqual([])
  })
})

describe('approval', () => {
  it('lets the approver decide only what was submitted for approval', () => {
    expect(check({ action: 'approve', status: 'IN_PROGRESS', actor: 'APPROVER', isApplicant: false })).toBe('wrongState')
    expect(check({ action: 'approve', status: 'IN_PROGRESS', actor: 'APPROVER', isApplicant: false, awaitingApproval: true })).toBeNull()
    expect(check({ action: 'submitForApproval', status: 'IN_PROGRESS', actor: 'SPECIALIST', isApplicant: false, awaitingApproval: true })).toBe('wrongState')
    expect(availableActions('IN_PROGRESS', 'APPROVER', false, true)).toEqual(['assign', 'approve', 'reject', 'stop', 'apologise'])
  })
})
