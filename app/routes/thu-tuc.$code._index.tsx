import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { Trans, useTranslation } from 'react-i18next'
import { OnlineLevelTag } from '~/components/OnlineLevelTag.tsx'
import { db } from '~/db.server.ts'
import { useVietnameseContent } from '~/i18n/content-language.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { getProcedure } from '~/models/catalogue.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'
import { TableScroll } from '~/components/TableScroll.tsx'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const procedure = await getProcedure(await db(), params.code ?? '')
  if (!procedure) throw new Response('Not found', { status: 404 })
  return { title: await pageTitle(request, 'procedure.title', { name: procedure.name }), procedure }
}

function Row({ label, lang, children }: { label: string; lang?: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd lang={lang}>{children}</dd>
    </div>
  )
}

export default function ProcedurePage() {
  const { procedure } = useLoaderData<typeof loader>()
  const { t, i18n } = useTranslation()
  const f = useFormat()
  const en = i18n.language === 'en'
  const vi = useVietnameseContent()
  const agencies = procedure.agencies.map((a) => a.agency)
  return (
    <>
      <p className="secondary">
        {t('procedure.code')} {procedure.code} · {en ? procedure.field.nameEn : procedure.field.name}
      </p>
      <h1 lang={vi}>{procedure.name}</h1>
      <p>
        <OnlineLevelTag level={procedure.onlineLevel} />
      </p>
      <div className="notice">
        <p>{t(`procedure.channel.${procedure.onlineLevel}`)}</p>
      </div>
      {procedure.onlineLevel !== 'NONE' ? (
        <p>
          <Link to={`/ho-so/nop/${procedure.code}`} className="button button--start">
            {t('procedure.fileOnline')}
          </Link>
        </p>
      ) : null}

      <dl className="summary-list">
        <Row label={t('procedure.level')}>{en ? procedure.level.nameEn : procedure.level.name}</Row>
        <Row label={t('procedure.agencies')}>
          {agencies.length > 3 ? (
            <Trans i18nKey="procedure.agencyCount" count={agencies.length} values={{ example: agencies[0]!.name }} components={{ vi: <span lang={vi} /> }} />
          ) : (
            <span lang={vi}>{agencies.map((a) => a.name).join('\n')}</span>
          )}
        </Row>
        <Row label={t('procedure.timeLimit')}>
          {t(`timeLimit.${procedure.timeLimitUnit}`, { count: procedure.timeLimit })}
          {procedure.timeLimitNote ? <span lang={vi}> ({procedure.timeLimitNote})</span> : ''}
        </Row>
        <Row lang={vi} label={t('procedure.applicants')}>
          {procedure.applicants}
        </Row>
        {procedure.conditions ? (
          <Row lang={vi} label={t('procedure.conditions')}>
            {procedure.conditions}
          </Row>
        ) : null}
        <Row lang={vi} label={t('procedure.result')}>
          {procedure.resultDescription}
        </Row>
        <Row lang={vi} label={t('procedure.legalBasis')}>
          {procedure.legalBasis}
        </Row>
      </dl>

      <h2>{t('procedure.fees')}</h2>
      {procedure.fees.length === 0 ? (
        <p>{t('procedure.noFees')}</p>
      ) : (
        <TableScroll label={t('procedure.fees')}>
          <table>
            <caption className="visually-hidden">{t('procedure.fees')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('procedure.feeName')}</th>
                <th scope="col" className="num">
                  {t('procedure.feeAmount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {procedure.fees.map((fee) => (
                <tr key={fee.id}>
                  <td>
                    <span lang={vi}>{fee.name}</span> <span className="secondary">({t(`feeKind.${fee.kind}`)})</span>
                  </td>
                  <td className="num">{fee.amount > 0 ? f.money(fee.amount) : <span lang={vi}>{fee.note}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {procedure.paymentTiming !== 'NONE' ? <p>{t(`procedure.paymentTiming.${procedure.paymentTiming}`)}</p> : null}
      {procedure.feeCases.length > 0 ? (
        <>
          <h3>{t('exemption.heading')}</h3>
          <ul>
            {procedure.feeCases.map((c) => (
              <li key={c.id}>{t(c.reductionPercent === 100 ? 'exemption.exempt' : 'exemption.reduced', { name: c.name, percent: c.reductionPercent, proof: c.proof })}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t('procedure.documents')}</h2>
      <ol>
        {procedure.documents.map((document) => (
          <li key={document.id}>
            <span lang={vi}>{document.name}</span>
            <span className="secondary">
              {document.originals ? ` — ${t('procedure.originals', { count: document.originals })}` : ''}
              {document.copies ? ` — ${t('procedure.copies', { count: document.copies })}` : ''}
            </span>
            {document.form ? (
              <>
                {' '}
                <a href={`/thu-tuc/${procedure.code}/mau/${document.form.id}`} download>
                  {t('procedure.downloadForm', { form: document.form.code })}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>

      <h2>{t('procedure.steps')}</h2>
      <ol>
        {procedure.steps.map((step) => (
          <li key={step.id} lang={vi}>
            {step.description}
          </li>
        ))}
      </ol>
    </>
  )
}
