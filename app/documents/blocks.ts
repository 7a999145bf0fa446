/** A printed document as a list of blocks, rendered as HTML on screen and as PDF by pdf.server.ts. */
export type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'field'; label: string; value?: string }
  | { kind: 'centered'; text: string; bold?: boolean }
