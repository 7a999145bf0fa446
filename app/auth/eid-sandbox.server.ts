// The built-in national e-ID sandbox: a real OpenID Connect provider (oidc-provider) served by the portal itself at
// /dinh-danh/sandbox/oidc, for the embedded demo and the tests, the way the payment sandbox stands in for VNPay.
// A tester picks one of the sandbox's people (SandboxPerson) at /dinh-danh/sandbox/<interaction> and consents; the
// portal's relying party (eid.server.ts) then signs them in exactly as it would through VNeID. Its claims carry
// the national portal's names (domain/identity/eid-claims.ts). Enabled by sandboxEnabled('EID'); its sessions,
// codes and signing key live in this process's memory: one process (the embedded database's), restarts forget them.
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import Provider, { interactionPolicy, type JWK } from 'oidc-provider'
import { db } from '../db.server.ts'
import { DEFAULT_CLAIM_NAMES } from '../domain/identity/eid-claims.ts'
import { logger } from '../logger.server.ts'
import { publicUrl, sandboxEnabled } from '../utils/public-url.server.ts'
import { EID_CALLBACK_PATH, SANDBOX_ISSUER_PATH } from './eid-paths.ts'

export const SANDBOX_CLIENT_ID = 'cong-dich-vu-cong-sandbox'
const SCOPES = ['openid', 'profile']

/** The claims of one sandbox person, as the national portal names them. */
async function claimsOf(personId: string) {
  const person = await (await db()).sandboxPerson.findUnique({ where: { id: personId } })
  if (!person) return undefined
  const names = DEFAULT_CLAIM_NAMES
  return {
    sub: person.id,
    [names.nationalId]: person.nationalId,
    [names.fullName]: person.fullName,
    [names.dateOfBirth]: person.dateOfBirth.toISOString().slice(0, 10).replace(/-/g, ''),
    [names.sex]: person.sex === 'MALE' ? 1 : 2,
    [names.phone]: person.phone ?? undefined,
    [names.address]: person.address ?? undefined,
    [names.level]: person.level,
  }
}

/** The sandbox asks who is signing in every time, so testers can switch people in one browser. */
function alwaysAskPolicy() {
  const policy = interactionPolicy.base()
  policy.get('login')!.checks.add(new interactionPolicy.Check('sandbox_choice', 'the sandbox asks who signs in each time', 'login_required', (ctx) => !ctx.oidc.result?.login))
  return policy
}

function createProvider() {
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }) as JWK
  const provider = new Provider(publicUrl(SANDBOX_ISSUER_PATH), {
    clients: [
      {
        client_id: SANDBOX_CLIENT_ID,
        client_name: 'Cổng Dịch vụ công (sandbox)',
        token_endpoint_auth_method: 'none',
        redirect_uris: [publicUrl(EID_CALLBACK_PATH)],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    scopes: SCOPES,
    claims: { openid: ['sub'], profile: Object.values(DEFAULT_CLAIM_NAMES) },
    findAccount: async (_ctx, id) => {
      const claims = await claimsOf(id)
      return claims ? { accountId: id, claims: async () => claims } : undefined
    },
    interactions: { url: (_ctx, interaction) => `/dinh-danh/sandbox/${interaction.uid}`, policy: alwaysAskPolicy() },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    jwks: { keys: [{ ...signingKey, use: 'sig', alg: 'RS256', kid: randomBytes(8).toString('hex') }] },
    features: { devInteractions: { enabled: false } },
    ttl: { Interaction: 600, Session: 3600, Grant: 600, AuthorizationCode: 60, AccessToken: 600, IdToken: 600 },
    renderError: async (ctx, out) => {
      ctx.type = 'html'
      ctx.body = `<!doctype html><html lang="vi"><meta charset="utf-8"><title>VNeID sandbox</title><h1>${escapeHtml(String(out.error))}</h1><p>${escapeHtml(String(out.error_description ?? ''))}</p><p><a href="/dang-nhap">Đăng nhập</a></p></html>`
    },
  })
  provider.proxy = process.env.TRUST_PROXY === '1'
  provider.on('server_error', (_ctx, error) => logger.error({ err: error }, 'e-ID sandbox error'))
  return provider
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

let provider: Provider | undefined
const sandbox = () => (provider ??= createProvider())

/** Mounted by the HTTP server at SANDBOX_ISSUER_PATH; passes everything on when the sandbox is off. */
export function identitySandbox(req: IncomingMessage, res: ServerResponse, next: () => void) {
  if (!sandboxEnabled('EID')) return next()
  void sandbox().callback()(req, res)
}

/** Forget the provider (tests start it on another address). */
export function resetIdentitySandbox() {
  provider = undefined
}

/** The login waiting at the sandbox's person page: which client asks for what. Null when it expired. */
export async function sandboxInteraction(uid: string) {
  const interaction = await sandbox().Interaction.find(uid)
  if (!interaction) return null
  const client = await sandbox().Client.find(String(interaction.params.client_id))
  return {
    clientName: client?.clientName ?? String(interaction.params.client_id),
    scopes: String(interaction.params.scope ?? '')
      .split(' ')
      .filter(Boolean),
  }
}

/**
 * The tester chose a person and consented (or cancelled): the interaction's result is stored and the browser
 * goes back to the provider, which answers the portal. Returns where to send the browser; null if expired.
 */
export async function finishSandboxInteraction(uid: string, choice: { personId: string } | { cancelled: true }): Promise<string | null> {
  const interaction = await sandbox().Interaction.find(uid)
  if (!interaction) return null
  if ('cancelled' in choice) {
    interaction.result = { error: 'access_denied', error_description: 'The person cancelled at the identity provider.' }
  } else {
    const grant = new (sandbox().Grant)({ accountId: choice.personId, clientId: String(interaction.params.client_id) })
    grant.addOIDCScope(String(interaction.params.scope ?? 'openid'))
    interaction.result = { login: { accountId: choice.personId, remember: false }, consent: { grantId: await grant.save() } }
  }
  await interaction.save(Math.max(1, interaction.exp - Math.floor(Date.now() / 1000)))
  return interaction.returnTo
}
