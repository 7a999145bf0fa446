import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { requireRole } from '~/auth/access.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { describedBy, FormGroup } from '~/components/forms/FormGroup.tsx'
import { ProcedureSelect } from '~/components/forms/ProcedureSelect.tsx'
import { QuestionField } from '~/components/forms/QuestionField.tsx'
import { TextField } from '~/components/forms/TextField.tsx'
import { db } from '~/db.server.ts'
import { sortVietnamese } from '~/domain/collation.ts'
import { questionLabels } from '~/domain/catalogue/question-label.ts'
import { questionsOf } from '~/domain/catalogue/questionnaire.ts'
import { intakeFormSchema, RESULT_DELIVERIES } from '~/domain/dossier/counter-intake.ts'
import { useFormat } from '~/i18n/use-format.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { failure, parseForm, type FieldErrors } from '~/forms/validation.ts'
import { intakeAtCounter, intakeProcedure, type CounterIntake } from '~/models/counter-intake.server.ts'
import { checkUpload, storageProblem } from '~/models/files.server.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { parseMultipart, TOO_LARGE, uploadIn } from '~/utils/multipart.server.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

/** Only the one-stop desk's clerks take dossiers in. */
const CLERKS = ['CLERK'] as const

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, CLERKS)
  const prisma = await db()
  const code = new URL(request.url).searchParams.get('thu-tuc') ?? ''
  const [procedures, chosen] = await Promise.all([
    prisma.procedure.findMany({ where: { published: true, agencies: { some: { agencyId: user.agencyId ?? '' } } }, select: { code: true, name: true } }),
    code ? intakeProcedure(prisma, user, code) : null,
  ])
  return {
    title: await pageTitle(request, 'backOffice.intake.title'),
    procedures: sortVietnamese(procedures, (p) => p.name),
    procedure: chosen && {
      code: chosen.code,
      name: chosen.name,
      questions: questionsOf(chosen.formSchema),
      documents: chosen.documents.map((d) => ({ id: d.id, name: d.name, mandatory: d.mandatory, originals: d.originals, copies: d.copies })),
      fee: chosen.fees.reduce((sum, fee) => sum + fee.amount, 0),
    },
  }
}

/** The documents ticked as received on paper, each with its scan; a mandatory one not received is refused. */
async function checklist(formData: FormData, documents: { id: string; mandatory: boolean }[]) {
  const errors: FieldErrors = {}
  const received: CounterIntake['documents'] = []
  for (const doc of documents) {
    const upload = await uploadIn(formData, `scan-${doc.id}`)
    const ticked = formData.get(`received-${doc.id}`) === 'on' || Boolean(upload)
    if (upload === TOO_LARGE) errors[`scan-${doc.id}`] = 'errors.upload.tooLarge'
    else if (upload) {
      const checked = checkUpload(upload.bytes, upload.name)
      if (checked.ok) received.push({ requiredDocumentId: doc.id, scan: checked.upload })
      else errors[`scan-${doc.id}`] = checked.error
    } else if (ticked) received.push({ requiredDocumentId: doc.id, scan: null })
    else if (doc.mandatory) errors[`received-${doc.id}`] = 'errors.intake.documentRequired'
  }
  return { errors, received }
}

/** A paper dossier taken at the counter: what the applicant declared, the documents received and scanned. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, CLERKS)
  const prisma = await db()
  const formData = await parseMultipart(request)
  const procedure = await intakeProcedure(prisma, user, String(formData.get('procedureCode') ?? ''))
  if (!procedure) return invalid(failure({ procedureCode: 'errors.intake.procedure' }, formData))
  const parsed = parseForm(formData, intakeFormSchema(questionsOf(procedure.formSchema)))
  const documents = await checklist(formData, procedure.documents)
  const errors = { ...(parsed.ok ? {} : parsed.errors), ...documents.errors }
  if (!parsed.ok || Object.keys(errors).length) return invalid(failure(errors, formData))
  const { procedureCode: _code, applicantName, applicantNationalId, applicantPhone, applicantAddress, delivery, deliveryAddress, ...answers } = parsed.data
  const intake = { applicantName, applicantNationalId, applicantPhone, applicantAddress, delivery, deliveryAddress, answers: answers as Record<string, string>, documents: documents.received }
  const created = await intakeAtCounter(prisma, user, procedure, intake).catch((error: unknown) => {
    const problem = storageProblem(error)
    if (problem) return problem
    throw error
  })
  if (typeof created === 'string') return invalid(failure({ form: created }, formData))
  throw redirect(`/mot-cua/ho-so/${created.id}`)
}

export default function CounterIntakePage() {
  const { procedures, procedure } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation()
  const f = useFormat()
  const questions = procedure?.questions
  const loadSchema = useMemo(() => () => import('~/domain/dossier/counter-intake.ts').then((m) => m.intakeFormSchema(questions ?? [])), [questions])
  const { field, errors, submitCount } = useValidatedForm(loadSchema, actionData)
  const values = actionData?.values ?? {}
  const summaryLabels = {
    ...questionLabels(questions ?? [], t),
    ...Object.fromEntries(
      (procedure?.documents ?? []).flatMap((d) => [
        [`received-${d.id}`, d.name],
        [`scan-${d.id}`, d.name],
      ]),
    ),
  }
  return (
    <div className="form-narrow">
      <ErrorSummary errors={errors} submitCount={submitCount} labels={summaryLabels} />
      <h1>{t('backOffice.intake.heading')}</h1>
      <p>{t('backOffice.intake.lead')}</p>
      <Form method="get" className={procedure ? 'panel' : undefined}>
        <ProcedureSelect procedures={procedures} name="thu-tuc" defaultValue={procedure?.code ?? ''} />
        <button type="submit" className="button button--secondary">
          {t(procedure ? 'backOffice.intake.changeProcedure' : 'backOffice.intake.chooseProcedure')}
        </button>
      </Form>
      {procedure ? (
        // Multipart with files: posted natively; the server validates with the same schema.
        <Form method="post" encType="multipart/form-data" noValidate>
          <input type="hidden" name="procedureCode" value={procedure.code} />
          <h2>{t('backOffice.intake.applicant')}</h2>
          <TextField label={t('register.fullName')} {...field('applicantName')} />
          <TextField label={t('register.nationalId')} {...field('applicantNationalId')} inputMode="numeric" />
          <TextField label={t('register.phone')} {...field('applicantPhone')} type="tel" />
          <TextField label={t('wizard.applicant.address')} {...field('applicantAddress')} />

          <h2>{t('wizard.check.answers')}</h2>
          {procedure.questions.map((question) => (
            <QuestionField key={question.id} question={question} {...field(question.id)} />
          ))}

          <h2>{t('backOffice.intake.documents')}</h2>
          <p className="hint">{t('backOffice.intake.documentsHint')}</p>
          {procedure.documents.map((doc) => {
            const receivedError = errors[`received-${doc.id}`]
            const scanError = errors[`scan-${doc.id}`]
            return (
              <fieldset key={doc.id} className={`form-group${receivedError || scanError ? ' form-group--error' : ''}`}>
                <legend className="label">
                  {doc.name} {doc.mandatory ? '' : t('form.optional')}
                </legend>
                <p className="hint">{t('backOffice.intake.copies', { originals: doc.originals, copies: doc.copies })}</p>
                {receivedError ? (
                  <p id={`received-${doc.id}-error`} className="error-message">
                    {t(receivedError)}
                  </p>
                ) : null}
                <label className="radio">
                  <input type="checkbox" id={`received-${doc.id}`} name={`received-${doc.id}`} defaultChecked={values[`received-${doc.id}`] === 'on'} /> {t('backOffice.intake.received')}
                </label>
                <FormGroup id={`scan-${doc.id}`} label={t('backOffice.intake.scan')} error={scanError}>
                  <input
                    id={`scan-${doc.id}`}
                    name={`scan-${doc.id}`}
                    type="file"
                    accept=".pdf,.jpg,.jpeg,.png"
                    className="file-input"
                    aria-describedby={describedBy(`scan-${doc.id}`, undefined, scanError)}
                  />
                </FormGroup>
              </fieldset>
            )
          })}

          <fieldset className={`form-group${errors.delivery ? ' form-group--error' : ''}`}>
            <legend className="label">{t('dossier.resultDelivery')}</legend>
            {errors.delivery ? <p className="error-message">{t(errors.delivery)}</p> : null}
            <div className="radios">
              {RESULT_DELIVERIES.map((delivery) => (
                <label key={delivery} className="radio">
                  <input type="radio" {...field('delivery').registration} value={delivery} defaultChecked={(values.delivery ?? 'DESK') === delivery} /> {t(`delivery.${delivery}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <TextField label={`${t('backOffice.intake.deliveryAddress')} ${t('form.optional')}`} hint={t('backOffice.intake.deliveryAddressHint')} {...field('deliveryAddress')} />
          {procedure.fee > 0 ? <p>{t('backOffice.intake.fee', { amount: f.money(procedure.fee) })}</p> : null}
          <button type="submit" className="button" disabled={navigation.state !== 'idle'}>
            {t('backOffice.intake.submit')}
          </button>
        </Form>
      ) : null}
    </div>
  )
}
