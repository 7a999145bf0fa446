// The CMS (PKCS#7) detached signature that @signpdf places in a PDF, made with node-forge from a PKCS#12 file.
// Ours rather than @signpdf/signer-p12 because forge keeps a UTF8String name it has read as raw bytes and
// encodes it again when it writes the signer's issuer, so with a Vietnamese certificate ("Ủy ban nhân dân …")
// the signature names no certificate it carries and every checker rejects it. Names are decoded first here.
import { constants, createPrivateKey, privateEncrypt, type KeyObject } from 'node:crypto'
import { Signer } from '@signpdf/utils'
import forge from 'node-forge'

const oids = forge.pki.oids as Record<string, string>

/** Names as text again (forge reads UTF8String values as raw bytes). */
export function decodeNames(fields: forge.pki.CertificateField[]) {
  for (const field of fields) {
    if (field.valueTagClass === (forge.asn1.Type.UTF8 as unknown) && typeof field.value === 'string') {
      try {
        field.value = forge.util.decodeUtf8(field.value)
      } catch {
        // Not UTF-8 after all: leave it as it was read.
      }
    }
  }
}

// DER of a SHA-256 DigestInfo before the digest (RFC 8017 §9.2).
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex')

/**
 * A key forge signs with (certificates, CMS) whose RSA operation is Node's: forge's own is pure JavaScript and
 * some fifty times slower. RSASSA-PKCS1-v1_5 is the private-key operation on the padded DigestInfo.
 */
export function nativeSigningKey(key: KeyObject) {
  return {
    sign: (md: forge.md.MessageDigest) =>
      privateEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(md.digest().getBytes(), 'binary')])).toString('binary'),
  } as unknown as forge.pki.rsa.PrivateKey
}

export interface KeyAndCertificates {
  key: KeyObject
  /** The signer's certificate first, then the rest of its chain. */
  certificates: forge.pki.Certificate[]
}

/** The private key and certificates of a PKCS#12 file, with names readable. */
export function openPkcs12(p12: Buffer, passphrase: string): KeyAndCertificates {
  const store = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), passphrase)
  const key = store.getBags({ bagType: oids.pkcs8ShroudedKeyBag! })[oids.pkcs8ShroudedKeyBag!]?.[0]?.key as forge.pki.rsa.PrivateKey | undefined
  const all = (store.getBags({ bagType: oids.certBag! })[oids.certBag!] ?? []).flatMap((bag) => (bag.cert ? [bag.cert] : []))
  if (!key || all.length === 0) throw new Error('The PKCS#12 file holds no key or no certificate')
  for (const cert of all) {
    decodeNames(cert.subject.attributes)
    decodeNames(cert.issuer.attributes)
  }
  const own = all.find((c) => (c.publicKey as forge.pki.rsa.PublicKey).n.equals(key.n))
  if (!own) throw new Error('No certificate in the PKCS#12 file matches its key')
  return { key: createPrivateKey(forge.pki.privateKeyToPem(key)), certificates: [own, ...all.filter((c) => c !== own)] }
}

export class CmsSigner extends Signer {
  constructor(private readonly keys: KeyAndCertificates) {
    super()
  }

  override async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const p7 = forge.pkcs7.createSignedData()
    p7.content = forge.util.createBuffer(pdfBuffer.toString('binary'))
    for (const cert of this.keys.certificates) p7.addCertificate(cert)
    p7.addSigner({
      key: nativeSigningKey(this.keys.key),
      certificate: this.keys.certificates[0]!,
      digestAlgorithm: oids.sha256!,
      // contentType, signingTime, messageDigest: the order signature validators expect.
      authenticatedAttributes: [{ type: oids.contentType!, value: oids.data! }, { type: oids.signingTime!, value: (signingTime ?? new Date()) as unknown as string }, { type: oids.messageDigest! }],
    })
    p7.sign({ detached: true })
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary')
  }
}
