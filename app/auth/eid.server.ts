// Login through the national e-ID (VNeID, or the national portal's single sign-on), OpenID Connect with
// openid-client: authorization code with PKCE, state and nonce checked, the ID token's signature, issuer,
// audience and lifetime verified, then the person's claims read from the ID token and the userinfo endpoint.
// Configured by EID_ISSUER, EID_CLIENT_ID, EID_CLIENT_SECRET, EID_SCOPES and EID_CLAIM_* (README, ADR 019);
// without an issuer the built-in sandbox provider (eid-sandbox.server.ts) answers the same protocol.
import { createHash } from 'node:crypto'
import * as client from 'openid-client'
import type { PrismaClient } from '../../prisma/generated/client.ts'
import { DEFAULT_CLAIM_NAMES, DEFAULT_MIN_LEVEL, identityFromClaims, type ClaimNames, type IdentityProblem, type VerifiedIdentity } from '../domain/identity/eid-claims.ts'
import { logger } from '../logger.server.ts'
import { flowCookie } from '../utils/flow-cookie.server.ts'
import { publicUrl, sandboxEnabled } from '../utils/public-url.server.ts'
import { EID_CALLBACK_PATH, SANDBOX_ISSUER_PATH } from './eid-paths.ts'
import { SANDBOX_CLIENT_ID } from './eid-sandbox.server.ts'

export interface EidConfig {
  issuer: string
  clientId: string
  clientSecret?: string
  scopes: string
  claims: ClaimNames
  minLevel: number
  /** Which national service the button names: VNeID, or the national public service portal's sign-on. */
  kind: 'VNEID' | 'NATIONAL_PORTAL'
  sandbox: boolean
}

/** The e-ID as configured, the sandbox when it stands in, or null (password accounts only). */
export function eidConfig(env = process.env): EidConfig | null {
  const claims: ClaimNames = {
    nationalId: env.EID_CLAIM_NATIONAL_ID ?? DEFAULT_CLAIM_NAMES.nationalId,
    fullName: env.EID_CLAIM_NAME ?? DEFAULT_CLAIM_NAMES.fullName,
    dateOfBirth: env.EID_CLAIM_BIRTHDATE ?? DEFAULT_CLAIM_NAMES.dateOfBirth,
    sex: env.EID_CLAIM_SEX ?? DEFAULT_CLAIM_NAMES.sex,
    phone: env.EID_CLAIM_PHONE ?? DEFAULT_CLAIM_NAMES.phone,
    address: env.EID_CLAIM_ADDRESS ?? DEFAULT_CLAIM_NAMES.address,
    level: env.EID_CLAIM_LEVEL ?? DEFAULT_CLAIM_NAMES.level,
  }
  const common = {
    scopes: env.EID_SCOPES ?? 'openid profile',
    claims,
    minLevel: Number(env.EID_MIN_LEVEL ?? DEFAULT_MIN_LEVEL),
    kind: env.EID_KIND === 'NATIONAL_PORTAL' ? ('NATIONAL_PORTAL' as const) : ('VNEID' as const),
  }
  if (env.EID_ISSUER) {
    if (!env.EID_CLIENT_ID) throw new Error('EID_ISSUER is set without EID_CLIENT_ID')
    return { ...common, issuer: env.EID_ISSUER, clientId: env.EID_CLIENT_ID, clientSecret: env.EID_CLIENT_SECRET || undefined, sandbox: false }
  }
  if (!sandboxEnabled('EID', env)) return null
  return { ...common, claims: DEFAULT_CLAIM_NAMES, minLevel: DEFAULT_MIN_LEVEL, issuer: publicUrl(SANDBOX_ISSUER_PATH), clientId: SANDBOX_CLIENT_ID, sandbox: true }
}

let testFetch: client.CustomFetch | undefined
/** Tests stand between the portal and the provider (to tamper with a token); `undefined` puts fetch back. */
export function useEidFetch(custom: client.CustomFetch | undefined) {
  testFetch = custom
  discovered.clear()
}

const discovered = new Map<string, Promise<client.Configuration>>()

/** The provider's metadata and keys, discovered once per issuer (a failure is tried again next time). */
function providerOf(config: EidConfig): Promise<client.Configuration> {
  const key = `${config.issuer} ${config.clientId}`
  let found = discovered.get(key)
  if (!found) {
    const auth = config.clientSecret ? client.ClientSecretBasic(config.clientSecret) : client.None()
    found = client.discovery(new URL(config.issuer), config.clientId, undefined, auth, {
      execute: [
        // openid-client trusts an ID token from the token endpoint on TLS alone unless told to check its
        // signature: the portal takes the CCCD from it, so the signature is verified against the issuer's keys.
        client.enableNonRepudiationChecks,
        // Plain http only for a provider on this machine (the sandbox, tests); a real issuer is https.
        ...(new URL(config.issuer).protocol === 'http:' ? [client.allowInsecureRequests] : []),
      ],
      ...(testFetch && { [client.customFetch]: testFetch }),
      timeout: 15,
    })
    found.catch(() => discovered.delete(key))
    discovered.set(key, found)
  }
  return found
}

const LOGIN_MINUTES = 10
/** The browser keeps the login's state in this cookie between the redirect and the provider's answer. */
const stateCookie = flowCookie('eid_login', '/dinh-danh', LOGIN_MINUTES * 60)
const digest = (value: string) => createHash('sha256').update(value).digest('hex')

export interface LoginIntent {
  redirectTo?: string | null
  persistent?: boolean
  /** A signed-in citizen linking the e-ID to their account. */
  linkUserId?: string | null
}

/** Starts a login: the provider's address to send the browser to, and the cookie that binds the answer to it. */
export async function beginEidLogin(prisma: PrismaClient, config: EidConfig, intent: LoginIntent) {
  const provider = await providerOf(config)
  const state = client.randomState()
  const nonce = client.randomNonce()
  const codeVerifier = client.randomPKCECodeVerifier()
  await prisma.identityLogin.create({
    data: {
      stateHash: digest(state),
      nonce,
      codeVerifier,
      redirectTo: intent.redirectTo ?? null,
      persistent: intent.persistent ?? false,
      linkUserId: intent.linkUserId ?? null,
      expiresAt: new Date(Date.now() + LOGIN_MINUTES * 60_000),
    },
  })
  const url = client.buildAuthorizationUrl(provider, {
    redirect_uri: publicUrl(EID_CALLBACK_PATH),
    scope: config.scopes,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  })
  return { location: url.href, cookie: stateCookie.set(state) }
}

export type EidFailure = 'state' | 'cancelled' | 'provider' | IdentityProblem

export type EidResult = { ok: true; identity: VerifiedIdentity; issuer: string; subject: string; intent: LoginIntent } | { ok: false; problem: EidFailure }

/** The provider's answer at EID_CALLBACK_PATH: checked end to end, used once. Also returns the cookie to clear. */
export async function completeEidLogin(prisma: PrismaClient, config: EidConfig, request: Request): Promise<{ result: EidResult; clearCookie: string }> {
  const clearCookie = stateCookie.clear()
  const params = new URL(request.url).searchParams
  const state = stateCookie.read(request)
  // The state must be the one this browser was given, and the login it names unused and recent.
  if (!state || params.get('state') !== state) return { result: { ok: false, problem: 'state' }, clearCookie }
  const login = await prisma.identityLogin.findUnique({ where: { stateHash: digest(state) } })
  const used = await prisma.identityLogin.deleteMany({ where: { stateHash: digest(state) } })
  if (!login || used.count === 0 || login.expiresAt.getTime() < Date.now()) return { result: { ok: false, problem: 'state' }, clearCookie }
  if (params.get('error')) return { result: { ok: false, problem: params.get('error') === 'access_denied' ? 'cancelled' : 'provider' }, clearCookie }
  try {
    const provider = await providerOf(config)
    // The answer as the provider addressed it (behind a proxy the request's own address may differ).
    const answer = new URL(publicUrl(EID_CALLBACK_PATH))
    answer.search = params.toString()
    const tokens = await client.authorizationCodeGrant(provider, answer, { pkceCodeVerifier: login.codeVerifier, expectedState: state, expectedNonce: login.nonce, idTokenExpected: true })
    const idClaims = tokens.claims()!
    const userinfo = await client.fetchUserInfo(provider, tokens.access_token, idClaims.sub)
    const found = identityFromClaims({ ...userinfo, ...idClaims }, config.claims, config.minLevel)
    if (!found.ok) return { result: found, clearCookie }
    return {
      result: { ok: true, identity: found.identity, issuer: idClaims.iss, subject: idClaims.sub, intent: { redirectTo: login.redirectTo, persistent: login.persistent, linkUserId: login.linkUserId } },
      clearCookie,
    }
  } catch (error) {
    logger.warn({ err: error, issuer: config.issuer }, 'e-ID login refused')
    return { result: { ok: false, problem: 'provider' }, clearCookie }
  }
}

/** Housekeeping: logins never answered. */
export async function deleteExpiredLogins(prisma: PrismaClient) {
  await prisma.identityLogin.deleteMany({ where: { expiresAt: { lt: new Date() } } })
}
