// A document of blocks (documents/blocks.ts) as a printable page: the same parts, in the same order, as its PDF.
import type { Block } from '~/documents/blocks.ts'
import { TableScroll } from './TableScroll.tsx'

export interface Verification {
  code: string
  url: string
  /** The QR code as SVG markup, made on the server by the qrcode library. */
  qrSvg: string
  text: string
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case 'letterhead':
      return (
        <div className={`letterhead${block.issuer ? '' : ' letterhead--single'}`}>
          {block.issuer ? (
            <div className="letterhead__issuer">
              {block.issuer.map((line, i) => (
                <p key={i} className={i === block.issuer!.length - 1 ? 'letterhead__name' : undefined}>
                  {line.toUpperCase()}
                </p>
              ))}
              {block.number ? <p>{block.number}</p> : null}
            </div>
          ) : null}
          <div className="letterhead__motto">
            <p className="printable__bold">{block.motto[0]}</p>
            <p className="letterhead__motto-line">{block.motto[1]}</p>
            {block.placeDate ? <p className="letterhead__date">{block.placeDate}</p> : null}
          </div>
        </div>
      )
    case 'title':
      return (
        <>
          <h1>{block.text.toUpperCase()}</h1>
          {block.subtitle ? <p className="printable__centered printable__italic">{block.subtitle}</p> : null}
        </>
      )
    case 'centered':
      return <p className={`printable__centered${block.bold ? ' printable__bold' : ''}${block.italic ? ' printable__italic' : ''}`}>{block.text}</p>
    case 'heading':
      return <h2 className="printable__heading">{block.text}</h2>
    case 'addressee':
      return <p className="printable__centered">{block.text}</p>
    case 'paragraph':
      return <p className={`${block.indent ? 'printable__indent' : ''}${block.bold ? ' printable__bold' : ''}${block.italic ? ' printable__italic' : ''}`}>{block.text}</p>
    case 'field':
      return (
        <p>
          {block.label}: {block.value || '……………………………………'}
        </p>
      )
    case 'list':
      return (
        <ol>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      )
    case 'table':
      return (
        <TableScroll label={block.columns.map((c) => c.header).join(', ')}>
          <table className="printable__table">
            <thead>
              <tr>
                {block.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )
    case 'signatures':
      return (
        <div className={`signatures signatures--${block.parties.length}`}>
          {block.parties.map((party, i) => (
            <div key={i} className="signatures__party">
              <p className="printable__bold">{party.title}</p>
              {party.note ? <p className="printable__italic">{party.note}</p> : null}
              <div className={`signatures__space${party.seal ? ' signatures__space--seal' : ''}`} aria-hidden="true" />
              {party.name ? <p className="printable__bold">{party.name}</p> : null}
            </div>
          ))}
        </div>
      )
  }
}

export function PrintedDocument({ blocks, verification }: { blocks: Block[]; verification?: Verification }) {
  return (
    <div className="printed" lang="vi">
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
      {verification ? (
        <div className="printed__verification">
          {/* The markup comes from the qrcode library on the server, from our own URL. */}
          <div className="printed__qr" role="img" aria-label={verification.code} dangerouslySetInnerHTML={{ __html: verification.qrSvg }} />
          <p>{verification.text}</p>
        </div>
      ) : null}
    </div>
  )
}
