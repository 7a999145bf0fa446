import { describe, expect, it } from 'vitest'
import { firstErrors, parseForm } from '~/forms/validation.ts'
import { maskNationalId, nationalIdProblem } from './national-id.ts'
import { loginSchema, registrationSchema } from './schemas.ts'

describe('CCCD', () => {
  it('accepts 12 digits starting with a province code', () => {
    expect(nationalIdProblem('089090000001')).toBeNull()
    expect(nationalIdProblem('001234567890')).toBeNull()
  })

  it('names the problem: length/characters, or an unknown province code', () => {
    expect(nationalIdProblem('08909000000')).toBe('format')
    expect(nationalIdProblem('08909000000a')).toBe('format')
    expect(nationalIdProblem('089 090 000 001')).toBe('format')
    expect(nationalIdProblem('003090000001')).toBe('province')
    expect(nationalIdProblem('099090000001')).toBe('province')
  })

  it('masks the middle digits for display', () => {
    expect(maskNationalId('089090000001')).toBe('089******001')
  })
})

function form(values: Record<string, string>) {
  const data = new FormData()
  for (const [k, v] of Object.entries(values)) data.set(k, v)
  return data
}

const valid = {
  fullName: '  Nguyễn   Thị Ánh ',
  nationalId: '089190000123',
  phone: '+84 912 345 678',
  email: 'Anh.Nguyen@Example.com',
  password: 'mật-khẩu-dài',
  confirmPassword: 'mật-khẩu-dài',
}

describe('registration schema', () => {
  it('normalises what people type', () => {
    const result = parseForm(form(valid), registrationSchema)
    expect(result.ok).toBe(true)
    if (result.ok) {
      expect(result.data.fullName).toBe('Nguyễn Thị Ánh')
      expect(result.data.phone).toBe('0912345678')
      expect(result.data.email).toBe('anh.nguyen@example.com')
    }
  })

  it('gives one message key per field and echoes input, never passwords', () => {
    const result = parseForm(form({ ...valid, nationalId: '12345', phone: '12345', email: 'x@', confirmPassword: 'other' }), registrationSchema)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors).toEqual({
        nationalId: 'errors.nationalId.format',
        phone: 'errors.phone.format',
        email: 'errors.email.format',
        confirmPassword: 'errors.confirmPassword.mismatch',
      })
      expect(result.values.nationalId).toBe('12345')
      expect(result.values).not.toHaveProperty('password')
      expect(result.values).not.toHaveProperty('confirmPassword')
    }
  })

  it('accepts names with Vietnamese letters in either Unicode form, refuses digits', () => {
    expect(registrationSchema.safeParse({ ...valid, fullName: 'Đặng Thị Ngọc'.normalize('NFD') }).success).toBe(true)
    const bad = registrationSchema.safeParse({ ...valid, fullName: 'Nguyen 123' })
    expect(bad.success).toBe(false)
    if (!bad.success) expect(firstErrors(bad.error).fullName).toBe('errors.fullName.characters')
  })

  it('asks for what is missing', () => {
    const result = loginSchema.safeParse({ identifier: '  ', password: '' })
    expect(result.success).toBe(false)
    if (!result.success) {
      expect(firstErrors(result.error)).toEqual({
        identifier: 'errors.identifier.required',
        password: 'errors.password.required',
      })
    }
  })
})

describe('Unicode in names', () => {
  const nameError = (fullName: string) => {
    const result = registrationSchema.safeParse({ ...valid, fullName })
    return result.success ? null : (firstErrors(result.error).fullName ?? null)
  }

  it('stores the composed form whatever the keyboard sent', () => {
    const result = registrationSchema.safeParse({ ...valid, fullName: 'Nguyễn Thị Hường'.normalize('NFD') })
    expect(result.success && result.data.fullName).toBe('Nguyễn Thị Hường'.normalize('NFC'))
  })

  it('accepts names of ethnic minorities and foreign residents', () => {
    for (const name of ['H’Hen Niê'.replace('’', "'"), 'Y-Moan Êban', 'Lò Văn Páo', "O'Neill Mary-Jane", 'Đinh Thị Ŭt']) expect(nameError(name)).toBeNull()
  })

  it('drops invisible characters pasted with a name (zero-width, direction overrides, NUL)', () => {
    for (const pasted of ['Lê\u200b Văn An', '\ufeffLê Văn An\u202e', 'Lê Văn\u0000 An']) {
      const result = registrationSchema.safeParse({ ...valid, fullName: pasted })
      expect(result.success && result.data.fullName).toBe('Lê Văn An')
    }
  })

  it('refuses emoji, digits, stacked marks and names without a letter', () => {
    for (const name of ['Nguyễn 😀', 'A' + '\u0301'.repeat(5), '- . -', 'Lê Văn 2']) expect(nameError(name)).toBe('errors.fullName.characters')
    expect(nameError('\u200b \u200b')).toBe('errors.fullName.required')
  })

  it('measures length after composing, so a decomposed name is not refused for its byte count', () => {
    const name = 'Tôn Nữ Thị Ngọc Diệp '.repeat(4).trim() // 87 letters composed, over 100 decomposed
    expect(name.normalize('NFD').length).toBeGreaterThan(100)
    expect(nameError(name.normalize('NFD'))).toBeNull()
    expect(nameError('a'.repeat(101))).toBe('errors.fullName.tooLong')
  })
})

describe('CCCD as typed', () => {
  it("reads full-width digits as digits and refuses other scripts' digits", () => {
    const result = registrationSchema.safeParse({ ...valid, nationalId: '０８９１９００００１２３' })
    expect(result.success && result.data.nationalId).toBe('089190000123')
    const arabic = registrationSchema.safeParse({ ...valid, nationalId: '٠٨٩١٩٠٠٠١٢٣' })
    expect(!arabic.success && firstErrors(arabic.error).nationalId).toBe('errors.nationalId.format')
  })

  it('forgives the spaces printed on some cards', () => {
    const result = registrationSchema.safeParse({ ...valid, nationalId: '089 190 000 123' })
    expect(result.success && result.data.nationalId).toBe('089190000123')
  })
})
