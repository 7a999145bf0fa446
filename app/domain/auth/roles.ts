// Who may enter which area, and where each role lands after logging in.
export const ROLES = [
  'CITIZEN',
  'CLERK',
  'SPECIALIST',
  'APPROVER',
  'SUPPORT_STAFF',
  'AGENCY_ADMIN',
  'SYSTEM_ADMIN',
] as const
export type Role = (typeof ROLES)[number]

/** The roles an agency admin may give to staff accounts. */
export const STAFF_ROLES = ['CLERK', 'SPECIALIST', 'APPROVER', 'SUPPORT_STAFF', 'AGENCY_ADMIN'] as const satisfies readonly Role[]

/** Who files dossiers: citizens for themselves, support-point staff for the people they help. */
export const FILER_ROLES = ['CITIZEN', 'SUPPORT_STAFF'] as const satisfies readonly Role[]

export type Area = 'citizen' | 'backOffice' | 'supportPoint' | 'admin'

export const AREA_ROLES: Record<Area, readonly Role[]> = {
  citizen: ['CITIZEN'],
  backOffice: ['CLERK', 'SPECIALIST', 'APPROVER'],
  supportPoint: ['SUPPORT_STAFF'],
  admin: ['AGENCY_ADMIN', 'SYSTEM_ADMIN'],
}

export const AREA_PATHS: Record<Area, string> = {
  citizen: '/ho-so',
  backOffice: '/mot-cua',
  supportPoint: '/ho-tro',
  admin: '/quan-tri',
}

export function areaOf(role: Role): Area {
  const area = (Object.keys(AREA_ROLES) as Area[]).find((a) => AREA_ROLES[a].includes(role))
  if (!area) throw new Error(`Role without an area: ${role}`)
  return area
}

export function homePathOf(role: Role): string {
  return AREA_PATHS[areaOf(role)]
}

export function mayEnter(role: Role, area: Area): boolean {
  return AREA_ROLES[area].includes(role)
}

/**
 * Only same-site paths: "//evil.example" and "https://…" fall back to the role's home, and so does a path with
 * anything but printable ASCII (CR/LF or a letter like "ụ" cannot go into a Location header; our own links are
 * percent-encoded).
 */
export function safeRedirect(target: string | null | undefined, role: Role): string {
  if (target && /^\/(?![/\\])[\x21-\x7e]*$/.test(target)) return target
  return homePathOf(role)
}
