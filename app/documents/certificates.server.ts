// Each agency signs with its own certificate: a PKCS#12 file `<agency code>.p12` in SIGNING_DIR, opened with
// SIGNING_PASSWORD. With SIGNING_DIR unset (the embedded default), the portal keeps DATA_DIR/signing and makes
// there, on first use, a demo certificate authority and one certificate per agency, every one of them marked
// as a test certificate (node-forge: nothing to install). With SIGNING_DIR set, a missing certificate is an
// error: a province never signs with a test certificate by accident.
import { createPrivateKey, generateKeyPair, type KeyObject } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import forge from 'node-forge'
import { decodeNames, nativeSigningKey, openPkcs12, type KeyAndCertificates } from './cms-signer.server.ts'

/** Marks every demo certificate, in its subject and on the verification page. */
export const TEST_MARK = 'CHỨNG THƯ THỬ NGHIỆM – TEST CERTIFICATE'
const DEMO_PASSWORD = 'demo-signing'
const DEMO_CA = 'ca'

export class SigningUnavailableError extends Error {}

export interface AgencySigner {
  keys: KeyAndCertificates
  /** The certificate's subject, as the verification page shows it. */
  subject: string
  test: boolean
}

interface Settings {
  dir: string
  passphrase: string
  demo: boolean
}

function settings(): Settings {
  const configured = process.env.SIGNING_DIR
  if (configured) {
    const passphrase = process.env.SIGNING_PASSWORD
    if (passphrase === undefined) throw new SigningUnavailableError('SIGNING_PASSWORD is not set')
    return { dir: path.resolve(configured), passphrase, demo: false }
  }
  return { dir: path.resolve(process.env.DATA_DIR ?? 'data', 'signing'), passphrase: process.env.SIGNING_PASSWORD ?? DEMO_PASSWORD, demo: true }
}

const cache = new Map<string, Promise<AgencySigner>>()

/** The signer of an agency, made first if this is the demo set-up. */
export function signerFor(agency: { code: string; name: string }): Promise<AgencySigner> {
  const config = settings()
  const key = `${config.dir}:${agency.code}`
  let signer = cache.get(key)
  if (!signer) {
    signer = loadOrCreate(config, agency)
    cache.set(key, signer)
    signer.catch(() => cache.delete(key))
  }
  return signer
}

async function loadOrCreate(config: Settings, agency: { code: string; name: string }): Promise<AgencySigner> {
  const file = path.join(config.dir, `${safeName(agency.code)}.p12`)
  if (!existsSync(file)) {
    if (!config.demo) throw new SigningUnavailableError(`No certificate for agency ${agency.code} in ${config.dir}`)
    await writeAtomically(file, await demoCertificate(config, agency))
  }
  let keys: KeyAndCertificates
  try {
    keys = openPkcs12(await readFile(file), config.passphrase)
  } catch (error) {
    throw new SigningUnavailableError(`Cannot open ${file}: ${(error as Error).message}`)
  }
  const subject = keys.certificates[0]!.subject.attributes.map((a: forge.pki.CertificateField) => `${a.shortName ?? a.name}=${String(a.value)}`).join(', ')
  return { keys, subject, test: subject.includes(TEST_MARK) }
}

function safeName(code: string) {
  return code.replace(/[^A-Za-z0-9.-]/g, '_')
}

async function writeAtomically(file: string, data: Buffer) {
  await mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`
  await writeFile(temporary, data, { mode: 0o600 })
  await rename(temporary, file)
}

type Subject = forge.pki.CertificateField[]
// UTF8String names; forge encodes them when it writes a certificate.
const field = (shortName: string, value: string): forge.pki.CertificateField => ({ shortName, value, valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class })

function certificate(subject: Subject, issuer: Subject, publicKey: forge.pki.PublicKey, ca: boolean, years: number) {
  const cert = forge.pki.createCertificate()
  cert.publicKey = publicKey
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(15))}`
  cert.validity.notBefore = new Date(Date.now() - 86_400_000)
  cert.validity.notAfter = new Date(Date.now() + years * 365 * 86_400_000)
  cert.setSubject(subject)
  cert.setIssuer(issuer)
  cert.setExtensions([
    { name: 'basicConstraints', cA: ca, critical: true },
    ca ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true } : { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ])
  return cert
}

interface DemoAuthority {
  key: KeyObject
  cert: forge.pki.Certificate
}

/** An RSA key made by Node (in its thread pool), with the forms forge needs. */
async function newKey() {
  const { privateKey } = await new Promise<{ privateKey: KeyObject }>((resolve, reject) =>
    generateKeyPair('rsa', { modulusLength: 2048 }, (error, _publicKey, privateKey) => (error ? reject(error) : resolve({ privateKey }))),
  )
  const forgeKey = forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }) as string) as forge.pki.rsa.PrivateKey
  return { privateKey, forgeKey, publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e) }
}

let authority: Promise<DemoAuthority> | undefined

/** The demo certificate authority, kept as PEM files beside the agencies' certificates. */
function demoAuthority(config: Settings): Promise<DemoAuthority> {
  authority ??= (async () => {
    const keyFile = path.join(config.dir, `${DEMO_CA}.key.pem`)
    const certFile = path.join(config.dir, `${DEMO_CA}.crt.pem`)
    if (existsSync(keyFile) && existsSync(certFile)) {
      const cert = forge.pki.certificateFromPem(await readFile(certFile, 'utf8'))
      decodeNames(cert.subject.attributes)
      return { key: createPrivateKey(await readFile(keyFile, 'utf8')), cert }
    }
    const keys = await newKey()
    const subject = [field('CN', `Cổng Dịch vụ công – CA ${TEST_MARK}`), field('O', 'Demo, không có giá trị pháp lý'), field('C', 'VN')]
    const cert = certificate(subject, subject, keys.publicKey, true, 20)
    cert.sign(nativeSigningKey(keys.privateKey), forge.md.sha256.create())
    await writeAtomically(keyFile, Buffer.from(forge.pki.privateKeyToPem(keys.forgeKey)))
    await writeAtomically(certFile, Buffer.from(forge.pki.certificateToPem(cert)))
    return { key: keys.privateKey, cert }
  })()
  authority.catch(() => (authority = undefined))
  return authority
}

async function demoCertificate(config: Settings, agency: { code: string; name: string }): Promise<Buffer> {
  const ca = await demoAuthority(config)
  const keys = await newKey()
  const subject = [field('CN', agency.name), field('OU', TEST_MARK), field('O', agency.code), field('C', 'VN')]
  const cert = certificate(subject, ca.cert.subject.attributes, keys.publicKey, false, 5)
  cert.sign(nativeSigningKey(ca.key), forge.md.sha256.create())
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.forgeKey, [cert, ca.cert], config.passphrase, { algorithm: 'aes256', friendlyName: agency.code })
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary')
}

/** `npm start` on the embedded default: a certificate for every agency before the first approval. */
export async function ensureDemoCertificates(agencies: { code: string; name: string }[]) {
  const config = settings()
  if (!config.demo) return 0
  const missing = agencies.filter((agency) => !existsSync(path.join(config.dir, `${safeName(agency.code)}.p12`)))
  // Keys are made in Node's thread pool: a few at a time keeps both cores busy.
  for (let i = 0; i < missing.length; i += 4) await Promise.all(missing.slice(i, i + 4).map((agency) => signerFor(agency)))
  return missing.length
}
