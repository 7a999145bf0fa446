// Who may enter which area, and where each role lands after logging in.
export const ROLES = ['CITIZEN', 'CLERK', 'SPECIALIST', 'APPROVER', 'SUPPORT_STAFF', 'AGENCY_ADMIN', 'SYSTEM_ADMIN'] as const
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

const THIS_SITE = 'http://portal.invalid'
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u001f\u007f]/

/** Tabs, CR and LF have no place in an address people follow: a form carrying them is refused (400). */
export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value)
}

/**
 * A path on this site, or null. Browsers drop tabs and newlines from addresses and read "\" as "/", so
 * "/\t/evil.example" is "//evil.example" to them: anything but a plain path of printable ASCII (our own links are
 * percent-encoded; a letter like "ụ" cannot go into a Location header), parsed back to this origin, is refused.
 */
export function localPath(target: string | null | undefined): string | null {
  if (!target || !/^[\x21-\x7e]*$/.test(target) || target.includes('\\') || !target.startsWith('/') || target.startsWith('//')) return null
  const url = new URL(target, THIS_SITE)
  return url.origin === THIS_SITE ? url.pathname + url.search + url.hash : null
}

/** Where to go after logging in: the path asked for when it is on this site, else the role's home. */
export function safeRedirect(target: string | null | undefined, role: Role): string {
  return localPath(target) ?? homePathOf(role)
}
