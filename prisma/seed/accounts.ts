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

/**
 * The demo citizens signed in through the national e-ID once (their accounts are verified, so the dossiers
 * filed for them at a counter are theirs); the sandbox identity provider offers them and a few more people.
 */
export const ACCOUNTS: AccountSeed[] = [
  {
    role: 'CITIZEN',
    fullName: 'Nguyễn Văn An',
    email: 'an.nguyen@example.com',
    nationalId: '089090000001',
    phone: '0912345678',
    dateOfBirth: '1990-04-12',
    address: 'Số 25 Hai Bà Trưng, Phường Long Xuyên, tỉnh An Giang',
  },
  {
    role: 'CITIZEN',
    fullName: 'Trần Thị Bình',
    email: 'binh.tran@example.com',
    nationalId: '091185000002',
    phone: '0987654321',
    dateOfBirth: '1985-09-02',
    address: 'Ấp Tân Điền, Xã Giồng Riềng, tỉnh An Giang',
  },
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

export interface SandboxPersonSeed {
  nationalId: string
  fullName: string
  dateOfBirth: string
  sex: 'MALE' | 'FEMALE'
  phone: string
  address: string
  /** VNeID level; online public services need 2. */
  level?: number
}

/** Who a tester can sign in as at the sandbox e-ID (/dinh-danh/sandbox): the demo citizens, and people without an account yet. */
export const SANDBOX_PEOPLE: SandboxPersonSeed[] = [
  ...ACCOUNTS.filter((a) => a.role === 'CITIZEN').map((a) => ({
    nationalId: a.nationalId!,
    fullName: a.fullName,
    dateOfBirth: a.dateOfBirth!,
    // The CCCD's fourth digit: even for men, odd for women.
    sex: Number(a.nationalId![3]) % 2 === 0 ? ('MALE' as const) : ('FEMALE' as const),
    phone: a.phone,
    address: a.address!,
  })),
  { nationalId: '089088000103', fullName: 'Lê Hoàng Phúc', dateOfBirth: '1988-01-20', sex: 'MALE', phone: '0939123456', address: 'Số 8 Trần Hưng Đạo, Phường Châu Đốc, tỉnh An Giang' },
  { nationalId: '089195000104', fullName: 'Đỗ Thị Ngọc Hân', dateOfBirth: '1995-07-30', sex: 'FEMALE', phone: '0978456123', address: 'Ấp Mỹ Hòa, Xã Mỹ Hòa Hưng, tỉnh An Giang' },
  { nationalId: '089052000105', fullName: 'Châu Văn Sáu', dateOfBirth: '1952-11-05', sex: 'MALE', phone: '0913777888', address: 'Số 40 Lê Lợi, Phường Long Xuyên, tỉnh An Giang' },
  { nationalId: '089301000106', fullName: 'Trương Thị Mai', dateOfBirth: '2001-03-14', sex: 'FEMALE', phone: '0356111222', address: 'Ấp Phú Hữu, Xã Phú Tân, tỉnh An Giang', level: 1 },
]
