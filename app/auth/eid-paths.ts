// Addresses of the national e-ID login, shared by the HTTP server (which mounts the sandbox provider) and the app.
/** Where the built-in sandbox identity provider answers (its issuer, below the portal's address). */
export const SANDBOX_ISSUER_PATH = '/dinh-danh/sandbox/oidc'
/** Where the identity provider sends the person back (the redirect URI to register with a real e-ID). */
export const EID_CALLBACK_PATH = '/dinh-danh/tra-ve'
