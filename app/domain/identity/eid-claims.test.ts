import { describe, expect, it } from 'vitest'
import { DEFAULT_CLAIM_NAMES, identityFromClaims, parseBirthDate, parsePhone, parseSex } from './eid-claims.ts'

const national = {
  sub: 'abc',
  SoDinhDanh: '089090000001',
  HoVaTen: 'Nguyễn  Văn An'.normalize('NFD'),
  NgayThangNamSinh: '19900412',
  GioiTinh: 1,
  SoDienThoai: '+84912345678',
  DiaChi: 'Phường Long Xuyên',
  IAL: 2,
}

describe('the e-ID answer', () => {
  it('gives the CCCD, name, date of birth, sex, phone and address under the national portal’s claim names', () => {
    expect(identityFromClaims(national)).toEqual({
      ok: true,
      identity: { nationalId: '089090000001', fullName: 'Nguyễn Văn An', dateOfBirth: '1990-04-12', sex: 'MALE', phone: '0912345678', address: 'Phường Long Xuyên' },
    })
  })

  it('reads another issuer’s claim names when configured', () => {
    const names = { ...DEFAULT_CLAIM_NAMES, nationalId: 'personal_id', fullName: 'name', dateOfBirth: 'birthdate', level: '' }
    const result = identityFromClaims({ personal_id: '091185000002', name: 'Trần Thị Bình', birthdate: '1985-09-02' }, names)
    expect(result).toMatchObject({ ok: true, identity: { nationalId: '091185000002', dateOfBirth: '1985-09-02', sex: null, phone: null } })
  })

  it('refuses an answer without a valid 12-digit CCCD or a name, and a level-1 account', () => {
    expect(identityFromClaims({ ...national, SoDinhDanh: '12345' })).toEqual({ ok: false, problem: 'nationalId' })
    expect(identityFromClaims({ ...national, SoDinhDanh: undefined })).toEqual({ ok: false, problem: 'nationalId' })
    expect(identityFromClaims({ ...national, HoVaTen: ' ' })).toEqual({ ok: false, problem: 'fullName' })
    expect(identityFromClaims({ ...national, IAL: 1 })).toEqual({ ok: false, problem: 'level' })
    expect(identityFromClaims({ ...national, IAL: undefined })).toEqual({ ok: false, problem: 'level' })
  })

  it('reads dates, sexes and phones in the forms providers send', () => {
    expect(parseBirthDate('12/04/1990')).toBe('1990-04-12')
    expect(parseBirthDate('1990-04-12T00:00:00Z')).toBe('1990-04-12')
    expect(parseBirthDate('19901332')).toBeNull()
    expect(parseBirthDate('')).toBeNull()
    expect(parseSex('Nữ')).toBe('FEMALE')
    expect(parseSex('2')).toBe('FEMALE')
    expect(parseSex('x')).toBeNull()
    expect(parsePhone('84987654321')).toBe('0987654321')
    expect(parsePhone('02963841010')).toBeNull()
  })
})
