import { describe, expect, it } from 'vitest'
import { parseCatalogueQuery } from '~/domain/catalogue/query.ts'
import { updateAgency, setPublished } from '~/models/admin.server.ts'
import { catalogueFacets, catalogueFigures, getProcedure, getProcedureForm, searchProcedures } from '~/models/catalogue.server.ts'
import { loader as healthLoader } from '~/routes/health.ts'
import { loader as formLoader } from '~/routes/thu-tuc.$code.mau.$formId.ts'
import { pdfText } from '../support/pdf-tools.ts'
import { ACCOUNTS } from '../../prisma/seed/accounts.ts'
import { ROLES } from '~/domain/auth/roles.ts'
import { onPostgres, useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const search = (query: string) => searchProcedures(database().prisma, parseCatalogueQuery(new URLSearchParams(query)))

describe('seed data', () => {
  it('publishes at least 80 procedures with several of each online level', async () => {
    const figures = await catalogueFigures(database().prisma)
    expect(figures.procedures).toBeGreaterThanOrEqual(80)
    expect(figures.full).toBeGreaterThanOrEqual(5)
    expect(figures.partial).toBeGreaterThanOrEqual(5)
    expect(figures.procedures - figures.full - figures.partial).toBeGreaterThanOrEqual(3)
  })

  it('spreads procedures over province and commune agencies of one province', async () => {
    const { prisma } = database()
    const byLevel = await prisma.procedure.groupBy({ by: ['levelId'], _count: { _all: true } })
    expect(byLevel).toHaveLength(2)
    const communes = await prisma.adminUnit.count({ where: { level: { code: 'COMMUNE' } } })
    const formerDistricts = await prisma.adminUnit.count({ where: { level: { code: 'DISTRICT' }, validTo: { not: null } } })
    expect(communes).toBeGreaterThanOrEqual(90)
    expect(formerDistricts).toBe(26)
  })

  it('keeps fees as whole VND', async () => {
    const fees = await database().prisma.fee.findMany({ select: { amount: true } })
    expect(fees.length).toBeGreaterThan(20)
    for (const fee of fees) expect(Number.isInteger(fee.amount)).toBe(true)
  })

  it('has the official 2025 and 2026 days off, Tết included, and a swapped working Saturday', async () => {
    const { prisma } = database()
    const day = (iso: string) => prisma.holiday.findUnique({ where: { date: new Date(`${iso}T00:00:00Z`) } })
    expect((await day('2025-01-29'))?.kind).toBe('DAY_OFF') // Mùng 1 Tết Ất Tỵ
    expect((await day('2026-02-17'))?.kind).toBe('DAY_OFF') // Mùng 1 Tết Bính Ngọ
    expect((await day('2026-09-02'))?.kind).toBe('DAY_OFF')
    expect((await day('2025-02-15'))?.kind).toBe('WORKING_DAY')
  })

  it('has a demo account for every role', async () => {
    const roles = new Set(ACCOUNTS.map((a) => a.role))
    expect([...roles].sort()).toEqual([...ROLES].sort())
    expect(await database().prisma.user.count()).toBe(ACCOUNTS.length)
  })
})

describe('catalogue search', () => {
  it.each([
    ['dang ky khai sinh', '1.001193'],
    ['ly lich tu phap', '2.000488'],
    ['giay phep xay dung', '1.009994'],
    ['Đăng ký kết hôn', '1.000894'],
    ['1.004194', '1.004194'],
    ['giay phep xay dugn', '1.009994'],
    ['cap phieu ly lich tu phapp', '2.000488'],
  ])('“%s” finds %s first', async (q, code) => {
    const { items } = await search(`q=${encodeURIComponent(q)}`)
    expect(items[0]?.code).toBe(code)
  })

  it('filters by online level, field and agency together', async () => {
    const { items, total } = await search('online=FULL&field=HO_TICH')
    expect(total).toBeGreaterThan(0)
    expect(items.every((p) => p.onlineLevel === 'FULL' && p.field.name === 'Hộ tịch')).toBe(true)
    const byAgency = await search('agency=000.00.02.H01') // Sở Tư pháp
    expect(byAgency.items.map((p) => p.code)).toContain('2.000488')
  })

  it('pages through the whole catalogue', async () => {
    const first = await search('')
    const second = await search('page=2')
    expect(first.items).toHaveLength(20)
    expect(second.items[0]?.code).not.toBe(first.items[0]?.code)
  })

  it('returns every part of a procedure record, with a downloadable form', async () => {
    const procedure = await getProcedure(database().prisma, '1.001193')
    expect(procedure?.name).toBe('Đăng ký khai sinh')
    expect(procedure?.steps.length).toBeGreaterThan(2)
    expect(procedure?.documents.length).toBeGreaterThan(1)
    expect(procedure?.legalBasis).toContain('Luật Hộ tịch')
    const formId = procedure?.documents[0]?.form?.id
    expect(formId).toBeTruthy()
    const form = await getProcedureForm(database().prisma, '1.001193', formId!)
    expect(form?.code).toBe('Mẫu TK-KS')
    const download = (await formLoader({ request: new Request('http://portal.test/'), params: { code: '1.001193', formId: formId! }, context: {} })) as Response
    // The paper form asks what the wizard asks (tests/integration/documents.test.ts reads it whole).
    expect(pdfText(new Uint8Array(await download.arrayBuffer()))).toContain('Họ, chữ đệm và tên của trẻ')
  })

  it('shows an edit at once, though the index and filter options are held in memory', async () => {
    const { prisma } = database()
    const [agency] = (await catalogueFacets(prisma)).agencies
    await updateAgency(prisma, agency!.code, { name: 'Ủy ban nhân dân xã Mới Đổi Tên' })
    expect((await catalogueFacets(prisma)).agencies.map((a) => a.name)).toContain('Ủy ban nhân dân xã Mới Đổi Tên')
    await updateAgency(prisma, agency!.code, { name: agency!.name })

    expect((await search('q=khai+sinh')).items.map((p) => p.code)).toContain('1.001193')
    await setPublished(prisma, '1.001193', false)
    expect((await search('q=khai+sinh')).items.map((p) => p.code)).not.toContain('1.001193')
    await setPublished(prisma, '1.001193', true)
  })
})

describe('/health', () => {
  it('reports which database answers', async () => {
    const response = await healthLoader()
    expect(await response.json()).toEqual({ status: 'ok', database: onPostgres ? 'postgresql' : 'pglite' })
  })
})
