// A citizen filing through the wizard's own loaders and actions (no browser), for integration tests.
import { expect } from 'vitest'
import * as start from '~/routes/ho-so.nop.$code.ts'
import * as applicantStep from '~/routes/ho-so_.$id.nguoi-nop.tsx'
import * as questionsStep from '~/routes/ho-so_.$id.thong-tin.tsx'
import * as documentsStep from '~/routes/ho-so_.$id.giay-to.tsx'
import * as checkStep from '~/routes/ho-so_.$id.kiem-tra.tsx'
import { get, pdfFile, post } from './routes.ts'

export const BIRTH_REGISTRATION = '1.001193'

export const BIRTH_ANSWERS = {
  childName: 'Nguyễn Thị Bé Na',
  birthDate: '2026-11-20',
  sex: 'NU',
  birthPlace: 'Bệnh viện Đa khoa tỉnh An Giang',
  motherName: 'Trần Thị Bình',
  fatherName: 'Nguyễn Văn An',
  relation: 'CHA',
}

/** Opens (or resumes) a draft; returns its id. */
export async function openDraft(cookie: string, procedureCode: string) {
  const opened = await get(start.loader as never, `/ho-so/nop/${procedureCode}`, { cookie, params: { code: procedureCode } })
  const id = opened.location?.match(/^\/ho-so\/([^/]+)\/nguoi-nop$/)?.[1]
  expect(id, `draft of ${procedureCode}`).toBeTruthy()
  return id!
}

export function postApplicant(cookie: string, id: string, form: Record<string, string> = { address: 'Số 12 Trần Hưng Đạo, Phường Long Xuyên, An Giang' }) {
  return post(applicantStep.action as never, `/ho-so/${id}/nguoi-nop`, form, { cookie, params: { id } })
}

export function postAnswers(cookie: string, id: string, answers: Record<string, string>) {
  return post(questionsStep.action as never, `/ho-so/${id}/thong-tin`, answers, { cookie, params: { id } })
}

/** Uploads a PDF into every document slot of the draft. */
export async function postDocuments(cookie: string, id: string) {
  const page = await get(documentsStep.loader as never, `/ho-so/${id}/giay-to`, { cookie, params: { id } })
  const slots = (page.data as { slots: { id: string }[] }).slots
  const form = new FormData()
  for (const slot of slots) form.append(`file-${slot.id}`, pdfFile())
  return post(documentsStep.action as never, `/ho-so/${id}/giay-to`, form, { cookie, params: { id } })
}

export async function postSubmit(cookie: string, id: string) {
  return post(checkStep.action as never, `/ho-so/${id}/kiem-tra`, { submitKey: crypto.randomUUID() }, { cookie, params: { id } })
}

/** Every step, then submit; returns the dossier id. */
export async function fileDossier(cookie: string, procedureCode: string, answers: Record<string, string>) {
  const id = await openDraft(cookie, procedureCode)
  expect((await postApplicant(cookie, id)).status).toBe(302)
  expect((await postAnswers(cookie, id, answers)).status).toBe(302)
  expect((await postDocuments(cookie, id)).status).toBe(302)
  const submitted = await postSubmit(cookie, id)
  expect(submitted.location).toBe(`/ho-so/${id}/da-nop`)
  return id
}
