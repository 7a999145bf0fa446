import { describe, expect, it } from 'vitest'
import { answersSchema, DEFAULT_QUESTIONS, questionsOf } from './questionnaire.ts'

describe('questionnaires', () => {
  const questions = questionsOf([
    { id: 'childName', label: 'Họ tên trẻ', kind: 'text' },
    { id: 'birthDate', label: 'Ngày sinh', kind: 'date' },
    {
      id: 'sex',
      label: 'Giới tính',
      kind: 'select',
      options: [
        { value: 'F', label: 'Nữ' },
        { value: 'M', label: 'Nam' },
      ],
    },
    { id: 'note', label: 'Ghi chú', kind: 'textarea', required: false },
  ])

  it('falls back to asking what is requested', () => {
    expect(questionsOf(null)).toEqual(DEFAULT_QUESTIONS)
    expect(questionsOf([{ bad: true }])).toEqual(DEFAULT_QUESTIONS)
  })

  it('validates answers with message keys', () => {
    const result = answersSchema(questions).safeParse({ childName: ' ', birthDate: '2026-02-30x', sex: 'X' })
    expect(result.success).toBe(false)
    const issues = Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path[0], i.message]))
    expect(issues).toEqual({ childName: 'errors.answer.required', birthDate: 'errors.date.format', sex: 'errors.answer.option' })
    expect(answersSchema(questions).safeParse({ childName: 'Lê Minh Khang', birthDate: '2026-11-20', sex: 'M' }).success).toBe(true)
  })

  it('keeps date answers to real dates within the question’s limits, stored as yyyy-mm-dd', () => {
    const birth = questionsOf([{ id: 'birthDate', label: 'Ngày sinh', kind: 'date', notAfter: 'today' }])
    const answer = (birthDate: string) => answersSchema(birth).safeParse({ birthDate })
    expect(answer('30/02/2026').error?.issues[0]?.message).toBe('errors.date.format')
    expect(answer('01/01/2099').error?.issues[0]?.message).toBe('errors.date.future')
    expect(answer('20/11/2026').data).toEqual({ birthDate: '2026-11-20' })
  })
})
