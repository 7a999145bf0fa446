// Which new passwords are refused beyond length (domain/identity/schemas.ts): the most common passwords (the
// zxcvbn-ts list of ~49,000, which has the Vietnamese favourites "matkhau" and "anhyeuem" too), a few more
// Vietnamese ones, and the person's own CCCD, phone or e-mail, which strangers can learn.
const MORE_COMMON = ['matkhau123', 'matkhau@123', 'emyeuanh', 'anhyeuem123', 'vietnam123', 'dichvucong', 'dichvucong123', 'congdan123', 'abc@12345']

let common: Set<string> | undefined

async function commonPasswords() {
  if (!common) {
    const { dictionary } = await import('@zxcvbn-ts/language-common')
    common = new Set([...dictionary['passwords-common'], ...MORE_COMMON])
  }
  return common
}

/** The message key for a password that must not be used, or null. */
export async function passwordProblem(password: string, person: { nationalId?: string | null; phone?: string | null; email?: string | null } = {}): Promise<string | null> {
  const typed = password.normalize('NFC').toLowerCase()
  const own = [person.nationalId, person.phone, person.email, person.email?.split('@')[0]].filter((v): v is string => Boolean(v)).map((v) => v.toLowerCase())
  if (own.includes(typed)) return 'errors.password.personal'
  return (await commonPasswords()).has(typed) ? 'errors.password.common' : null
}
