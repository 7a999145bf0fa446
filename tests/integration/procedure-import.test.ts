import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '~/domain/imports/csv.ts'
import { parsePeriod, type Period } from '~/statistics/domain/period.ts'
import { bytesSource } from '~/models/import-source.server.ts'
import { importProcedures } from '~/models/procedure-import.server.ts'
import { catalogueFigures } from '~/statistics/figures.server.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const sample = readFileSync(new URL('../../docs/import/procedures-sample.csv', import.meta.url), 'utf8')
const year = (parsePeriod(String(new Date().getFullYear())) as { ok: true; period: Period }).period

describe('importing the procedure catalogue', () => {
  it('stores the documented sample: new procedures added, known ones updated by code, a new field created', async () => {
    const { prisma } = database()
    const before = await catalogueFigures(prisma, year)
    expect(await importProcedures(prisma, bytesSource('sample.csv', Buffer.from(sample)))).toEqual({ ok: true, created: 1, updated: 2 })
    const library = await prisma.procedure.findUniqueOrThrow({ where: { code: '1.012345' }, include: { field: true, level: true, fees: true, documents: true, agencies: true } })
    expect(library).toMatchObject({
      name: 'Đăng ký hoạt động thư viện cộng đồng',
      onlineLevel: 'PARTIAL',
      timeLimit: 15,
      timeLimitUnit: 'CALENDAR_DAY',
      nationalPortal: false,
      field: { code: 'THU_VIEN', name: 'Thư viện' },
      level: { code: 'COMMUNE' },
    })
    expect(library.fees).toMatchObject([{ kind: 'CHARGE', name: 'Lệ phí đăng ký', amount: 0 }])
    expect(library.agencies.length).toBe(await prisma.agency.count({ where: { level: { code: 'COMMUNE' } } }))
    const records = await prisma.procedure.findUniqueOrThrow({
      where: { code: '2.000488' },
      include: { fees: true, documents: { orderBy: { position: 'asc' } }, agencies: { include: { agency: true } } },
    })
    expect(records).toMatchObject({ nationalPortal: true, fees: [{ kind: 'FEE', amount: 200_000 }], agencies: [{ agency: { code: '000.00.02.H01' } }] })
    expect(records.documents.map((d) => d.name)).toEqual(['Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp', 'Bản chụp giấy tờ tùy thân'])
    const after = await catalogueFigures(prisma, year)
    expect(after).toMatchObject({ all: before.all + 1, partial: before.partial + 1, nationalPortal: await prisma.procedure.count({ where: { published: true, nationalPortal: true } }) })
    expect(after.nationalPortal).toBeGreaterThan(0)
  })

  it('reads the same catalogue from an XLSX export', async () => {
    const { prisma } = database()
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('TTHC')
    for (const record of parseCsv(sample.replace('Đăng ký hoạt động thư viện cộng đồng', 'Đăng ký hoạt động thư viện'))) sheet.addRow(record.fields)
    expect(await importProcedures(prisma, bytesSource('tthc.xlsx', new Uint8Array(await book.xlsx.writeBuffer())))).toEqual({ ok: true, created: 0, updated: 3 })
    expect((await prisma.procedure.findUniqueOrThrow({ where: { code: '1.012345' } })).name).toBe('Đăng ký hoạt động thư viện')
  })

  it('stores nothing when a row is wrong, naming its line and column', async () => {
    const { prisma } = database()
    const count = await prisma.procedure.count()
    const broken = `${sample}9.999999,Thủ tục mới,KHONG_CO,,Cấp tỉnh,X.Y.Z,toàn trình,ba ngày,ngày làm việc,Phí=abc,,,,,\n`
    const result = await importProcedures(prisma, bytesSource('sai.csv', Buffer.from(broken)))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => `${e.line}:${e.column}:${e.message}`)).toEqual(['5:field_code:unknownField', '5:agency_codes:unknownAgency', '5:time_limit:timeLimit', '5:fees:fee'])
    expect(await prisma.procedure.count()).toBe(count)
  })
})
