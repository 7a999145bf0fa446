// One staff account: its role and agency, a temporary password (shown once, changed at the next login), and
// locking, which asks to be confirmed first (?xac-nhan=khoa) since it ends the person's sessions at once.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { requireArea } from '~/auth/access.server.ts'
import { ErrorSummary } from '~/components/forms/ErrorSummary.tsx'
import { SelectField } from '~/components/forms/SelectField.tsx'
import { SummaryList } from '~/components/SummaryList.tsx'
import { db } from '~/db.server.ts'
import { staffEditSchema } from '~/domain/admin/schemas.ts'
import { STAFF_ROLES } from '~/domain/auth/roles.ts'
import { useValidatedForm } from '~/forms/use-validated-form.ts'
import { failure, parseForm } from '~/forms/validation.ts'
import { resetStaffPassword, setStaffActive, staffMember, updateStaff } from '~/models/admin.server.ts'
import { invalid } from '~/utils/invalid.server.ts'
import { titleMeta } from '~/utils/meta.ts'
import { pageTitle } from '~/utils/page.server.ts'

export const meta: MetaFunction<typeof loader> = ({ data }) => titleMeta(data)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const admin = await requireArea(request, 'admin')
  const prisma = await db()
  const member = await staffMember(prisma, admin, params.id ?? '')
  if (!member) throw new Response('Not found', { status: 404 })
  const agencies = admin.role === 'SYSTEM_ADMIN' ? await prisma.agency.findMany({ orderBy: { name: 'asc' }, select: { code: true, name: true } }) : []
  return { title: await pageTitle(request, 'admin.staff.editTitle', { name: member.fullName }), member, agencies }
}

type Result = { ok: true; done: string; temporary?: string } | { ok: false; errors: Record<string, string>; values: Record<string, string> }

export async function action({ request, params }: ActionFunctionArgs) {
  const admin = await requireArea(request, 'admin')
  const prisma = await db()
  const id = params.id ?? ''
  if (!(await staffMember(prisma, admin, id))) throw new Response('Not found', { status: 404 })
  const formData = await request.formData()
  const intent = formData.get('intent')
  if (intent === 'update') {
    const parsed = parseForm(formData, staffEditSchema)
    if (!parsed.ok) return invalid(parsed)
    const updated = await updateStaff(prisma, admin, id, parsed.data)
    return updated.ok ? ({ ok: true, done: 'updated' } satisfies Result) : invalid(failure(updated.errors, formData))
  }
  if (intent === 'resetPassword') return { ok: true, done: 'reset', temporary: (await resetStaffPassword(prisma, admin, id))! } satisfies Result
  if (intent === 'lock' || intent === 'unlock') {
    await setStaffActive(prisma, admin, id, intent === 'unlock')
    throw redirect(`/quan-tri/can-bo/${id}?da-${intent === 'lock' ? 'khoa' : 'mo-khoa'}=1`)
  }
  throw new Response('Bad request', { status: 400 })
}

const loadSchema = () => import('~/domain/admin/schemas.ts').then((m) => m.staffEditSchema)

export default function StaffMember() {
  const { member, agencies } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>() as Result | undefined
  const [params] = useSearchParams()
  const { t } = useTranslation()
  const { field, errors, onSubmit, submitCount } = useValidatedForm(loadSchema, result && !result.ok ? result : undefined)
  const done = result?.ok ? result.done : params.get('da-khoa') ? 'locked' : params.get('da-mo-khoa') ? 'unlocked' : null
  const confirmingLock = params.get('xac-nhan') === 'khoa' && member.active
  return (
    <>
      <ErrorSummary errors={errors} submitCount={submitCount} />
      {done ? (
        <div className="notice" role="status">
          <p>{t(`admin.staff.done.${done}`, { name: member.fullName })}</p>
          {result?.ok && result.temporary ? (
            <p>
              {t('admin.staff.temporaryIs')} <strong className="temporary-password">{result.temporary}</strong>
            </p>
          ) : null}
        </div>
      ) : null}
      <p>
        <Link to="/quan-tri/can-bo">{t('admin.staff.back')}</Link>
      </p>
      <h1>{member.fullName}</h1>
      <SummaryList
        rows={[
          [t('register.email'), member.email ?? '—'],
          [t('register.phone'), member.phone ?? '—'],
          [t('admin.staff.workplace'), member.agency?.name ?? member.supportPoint?.name ?? '—'],
          [t('admin.procedures.state'), t(member.active ? 'admin.staff.active' : 'admin.staff.inactive')],
          member.mustChangePassword && [t('admin.staff.password'), t('admin.staff.mustChange')],
        ]}
      />
      {member.role !== 'SUPPORT_STAFF' ? (
        <Form method="post" noValidate onSubmit={onSubmit} className="panel form-narrow">
          <h2>{t('admin.staff.edit')}</h2>
          <input type="hidden" name="intent" value="update" />
          <SelectField
            label={t('admin.staff.role')}
            {...field('role')}
            defaultValue={member.role}
            options={STAFF_ROLES.filter((r) => r !== 'SUPPORT_STAFF').map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          />
          {agencies.length > 0 ? (
            <SelectField label={t('catalogue.agency')} {...field('agencyCode')} defaultValue={member.agency?.code} options={agencies.map((a) => ({ value: a.code, label: a.name }))} />
          ) : null}
          <button type="submit" className="button">
            {t('admin.staff.save')}
          </button>
        </Form>
      ) : null}
      <Form method="post" className="panel">
        <h2>{t('admin.staff.resetHeading')}</h2>
        <p>{t('admin.staff.resetLead')}</p>
        <input type="hidden" name="intent" value="resetPassword" />
        <button type="submit" className="button button--secondary">
          {t('admin.staff.reset')}
        </button>
      </Form>
      <section className="panel" aria-labelledby="lock-heading">
        <h2 id="lock-heading">{t(member.active ? 'admin.staff.lockHeading' : 'admin.staff.unlockHeading')}</h2>
        {!member.active ? (
          <Form method="post">
            <input type="hidden" name="intent" value="unlock" />
            <button type="submit" className="button button--secondary">
              {t('admin.staff.activate', { name: member.fullName })}
            </button>
          </Form>
        ) : confirmingLock ? (
          <Form method="post" className="warning-panel">
            <p>{t('admin.staff.lockConfirm', { name: member.fullName })}</p>
            <input type="hidden" name="intent" value="lock" />
            <button type="submit" className="button button--warning">
              {t('admin.staff.lockYes', { name: member.fullName })}
            </button>{' '}
            <Link to={`/quan-tri/can-bo/${member.id}`}>{t('admin.staff.lockNo')}</Link>
          </Form>
        ) : (
          <>
            <p>{t('admin.staff.lockLead')}</p>
            <Link to="?xac-nhan=khoa" className="button button--warning">
              {t('admin.staff.deactivate', { name: member.fullName })}
            </Link>
          </>
        )}
      </section>
    </>
  )
}
