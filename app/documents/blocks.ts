/**
 * A printed document as a list of blocks, rendered as HTML on screen (components/PrintedDocument.tsx) and as PDF
 * (pdf.server.ts). The official kinds follow the layout of Vietnamese administrative documents (Decree
 * 30/2020/NĐ-CP): the issuer on the left, the national motto on the right, number, place and date, title,
 * addressee, body, signatures.
 */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string; indent?: boolean; italic?: boolean; bold?: boolean }
  | { kind: 'field'; label: string; value?: string }
  | { kind: 'centered'; text: string; bold?: boolean; italic?: boolean }
  | Letterhead
  | { kind: 'title'; text: string; subtitle?: string }
  | { kind: 'addressee'; text: string }
  | { kind: 'list'; items: string[] }
  | Table
  | { kind: 'signatures'; parties: SignatureParty[] }

export interface Letterhead {
  kind: 'letterhead'
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "Độc lập - Tự do - Hạnh phúc" (bold, underlined). */
  motto: [string, string]
  /** The issuing body, top line first; the last line is its own name (bold). None for a citizen's declaration. */
  issuer?: string[]
  /** "Số: …" */
  number?: string
  /** "Long Xuyên, ngày 01 tháng 12 năm 2026" */
  placeDate?: string
}

export interface Table {
  kind: 'table'
  /** Relative widths. */
  columns: { header: string; width: number }[]
  rows: string[][]
  /** Font size, for registers with many columns. */
  size?: number
}

export interface SignatureParty {
  /** Who signs, e.g. "NGƯỜI TIẾP NHẬN HỒ SƠ". */
  title: string
  /** "(Ký và ghi rõ họ tên)" */
  note?: string
  /** The signer's full name, printed below the space for the signature. */
  name?: string
  /** Where the agency's seal goes. */
  seal?: boolean
}
