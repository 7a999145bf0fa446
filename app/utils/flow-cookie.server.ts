// A short-lived cookie that carries a flow from one page to the next (a registration waiting for its code, a
// password recovery request, an e-ID login's state): HttpOnly, SameSite=Lax, sent only on the flow's own path,
// Secure when the portal is served over https.
export function flowCookie(name: string, path: string, maxAgeSeconds: number) {
  const attributes = (maxAge: number) => `Path=${path}; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${process.env.PUBLIC_URL?.startsWith('https:') ? '; Secure' : ''}`
  return {
    /** The value this request carries, or '' when none. */
    read: (request: Request) =>
      (request.headers.get('Cookie') ?? '')
        .split(/;\s*/)
        .find((c) => c.startsWith(`${name}=`))
        ?.slice(name.length + 1) ?? '',
    /** A Set-Cookie value. */
    set: (value: string) => `${name}=${value}; ${attributes(maxAgeSeconds)}`,
    clear: () => `${name}=; ${attributes(0)}`,
  }
}
