import { describe, expect, it } from 'vitest'
import { nationalRecord, nationalTime } from './record.ts'

describe('the national portal record', () => {
  it('writes times in Vietnam as yyyyMMddHHmmss', () => {
    expect(nationalTime(new Date('2026-12-01T17:30:05Z'))).toBe('20261202003005')
    expect(nationalTime(null)).toBe('')
  })

  it('carries the national status codes of the dossier and of each change', () => {
    const record = nationalRecord(
      {
        code: '000.20.01.H01-261201-0001',
        status: 'SUPPLEMENT_REQUESTED',
        channel: 'COUNTER',
        procedure: { code: '1.001193', name: 'Đăng ký khai sinh', field: { code: 'HT', name: 'Hộ tịch' } },
        agency: { code: '000.20.01.H01', name: 'UBND Phường Long Xuyên' },
        applicantName: 'Tô Văn Hiếu',
        applicantNationalId: '089070001122',
        applicantPhone: '0918222333',
        applicantEmail: null,
        submittedAt: new Date('2026-12-01T01:00:00Z'),
        receivedAt: new Date('2026-12-01T01:00:00Z'),
        dueAt: new Date('2026-12-03T10:00:00Z'),
        resolvedAt: null,
        returnedAt: null,
      },
      [
        { status: 'SUBMITTED', changedAt: new Date('2026-12-01T01:00:00Z') },
        { status: 'RECEIVED', changedAt: new Date('2026-12-01T01:00:01Z') },
        { status: 'SUPPLEMENT_REQUESTED', changedAt: new Date('2026-12-02T02:00:00Z') },
      ],
    )
    expect(record).toMatchObject({ MaHoSo: '000.20.01.H01-261201-0001', MaTTHC: '1.001193', TrangThaiHoSo: '5', KenhThucHien: '1', NgayHenTra: '20261203170000' })
    expect(record.DinhDanhCHS).toEqual([{ LoaiDinhDanh: '1', SoDinhDanh: '089070001122' }])
    expect(record.QuaTrinhXuLy.map((c) => c.TrangThai)).toEqual(['1', '2', '5'])
  })
})
