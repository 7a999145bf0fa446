import QRCode from 'qrcode'
import type { TFunction } from 'i18next'
import type { Verification } from '~/components/PrintedDocument.tsx'
import { verificationUrl } from '~/models/issued-documents.server.ts'

/** What a printable page shows under an issued document: its QR code and how to check it. */
export async function verificationOf(code: string, t: TFunction): Promise<Verification> {
  const url = verificationUrl(code)
  return { code, url, qrSvg: await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' }), text: t('forms.verification', { code, url }) }
}
