import { describe, expect, it } from 'vitest'
import { passwordProblem } from './password-policy.server.ts'

describe('new passwords', () => {
  it('refuses the most common ones, whatever their case, Vietnamese favourites included', async () => {
    for (const password of ['12345678', 'Password1', 'iloveyou', 'matkhau', 'ANHYEUEM', 'qwertyuiop', 'matkhau123']) expect(await passwordProblem(password), password).toBe('errors.password.common')
  })

  it('refuses the person’s own CCCD, phone or e-mail', async () => {
    const person = { nationalId: '089090000001', phone: '0912345678', email: 'an.nguyen@example.com' }
    expect(await passwordProblem('089090000001', person)).toBe('errors.password.personal')
    expect(await passwordProblem('0912345678', person)).toBe('errors.password.personal')
    expect(await passwordProblem('an.nguyen', person)).toBe('errors.password.personal')
  })

  it('accepts an uncommon one', async () => {
    expect(await passwordProblem('mat-khau-huong')).toBeNull()
    expect(await passwordProblem('Demo@2026')).toBeNull()
    expect(await passwordProblem('hoa sen nở trên đầm')).toBeNull()
  })
})
