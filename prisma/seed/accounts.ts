// Demo accounts, one per role (listed in the README). All share DEMO_PASSWORD.
export const DEMO_PASSWORD = 'Demo@2026'

export interface AccountSeed {
  role: 'CITIZEN' | 'CLERK' | 'SPECIALIST' | 'APPROVER' | 'SUPPORT_STAFF' | 'AGENCY_ADMIN' | 'SYSTEM_ADMIN'
  fullName: string
  email: string
  nationalId?: string
  phone: string
  dateOfBirth?: string
  address?: string
  /** Commune name or department key the account works for. */
  agency?: string
  supportPoint?: string
}

export const ACCOUNTS: AccountSeed[] = [
  { role: 'CITIZEN', fullName: 'Nguyễn Văn An', email: 'an.nguyen@example.com', nationalId: '089090000001', phone: '0912345678', dateOfBirth: '1990-04-12', address: 'Số 25 Hai Bà Trưng, Phường Long Xuyên, tỉnh An Giang' },
  { role: 'CITIZEN', fullName: 'Trần Thị Bình', email: 'binh.tran@example.com', nationalId: '091185000002', phone: '0987654321', dateOfBirth: '1985-09-02', address: 'Ấp Tân Điền, Xã Giồng Riềng, tỉnh An Giang' },
  { role: 'CLERK', fullName: 'Lê Thị Cúc', email: 'motcua.longxuyen@angiang.example', phone: '0296384101', agency: 'Phường Long Xuyên' },
  { role: 'SPECIALIST', fullName: 'Phạm Văn Dũng', email: 'chuyenvien.longxuyen@angiang.example', phone: '0296384102', agency: 'Phường Long Xuyên' },
  { role: 'APPROVER', fullName: 'Võ Minh Đức', email: 'lanhdao.longxuyen@angiang.example', phone: '0296384103', agency: 'Phường Long Xuyên' },
  { role: 'CLERK', fullName: 'Huỳnh Thị Em', email: 'motcua.sotuphap@angiang.example', phone: '0296385201', agency: 'STP' },
  { role: 'SPECIALIST', fullName: 'Đoàn Quốc Phong', email: 'chuyenvien.sotuphap@angiang.example', phone: '0296385202', agency: 'STP' },
  { role: 'APPROVER', fullName: 'Trịnh Thanh Hải', email: 'lanhdao.sotuphap@angiang.example', phone: '0296385203', agency: 'STP' },
  { role: 'SUPPORT_STAFF', fullName: 'Đặng Văn Giang', email: 'hotro.longxuyen@angiang.example', phone: '0918000111', supportPoint: 'DHT-LX-01' },
  { role: 'AGENCY_ADMIN', fullName: 'Ngô Thị Hoa', email: 'quantri.longxuyen@angiang.example', phone: '0296384199', agency: 'Phường Long Xuyên' },
  { role: 'SYSTEM_ADMIN', fullName: 'Quản trị hệ thống', email: 'admin@angiang.example', phone: '0296386000' },
]
