import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { parsePeriod, type Period } from '~/statistics/domain/period.ts'
import { importDossiers } from '~/models/dossier-import.server.ts'
import { bytesSource, fileSource } from '~/models/import-source.server.ts'
import { headlineFigures } from '~/statistics/figures.server.ts'
import { serverI18n } from '~/i18n/i18n.server.ts'
import { describeImportError } from '~/utils/import-errors.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const sample = readFileSync(new URL('../../docs/import/dossiers-sample.csv', import.meta.url), 'utf8')
const march2019 = (parsePeriod('03/2019') as { ok: true; period: Period }).period
const csv = (name: string, text: string) => bytesSource(name, Buffer.from(text, 'utf8'))
/** The sample's rows under new codes, so each test stores its own. */
const renamed = (prefix: string) => sample.replace(/^(000\.\d\d\.\d\d\.H01-)/gm, `${prefix}$1`)

describe('importing historical dossiers', () => {
  it('stores the documented sample and counts it by the same indicators', async () => {
    const { prisma } = database()
    expect(await importDossiers(prisma, csv('sample.csv', sample))).toMatchObject({ ok: true, imported: 5, resumedAfter: 0 })
    const figures = await headlineFigures(prisma, march2019)
    // Worked out by hand from docs/import/dossiers-sample.csv: decided 12/03 (early, due 14/03), 15/03 (on
    // time, due that day), 20/03 (late, due 18/03, refused); withdrawn on 08/03; stopped on 12/03.
    expect(figures).toMatchObject({
      received: 5,
      receivedOnline: 2,
      early: 1,
      onTime: 1,
      late: 1,
      withdrawn: 1,
      stopped: 1,
      refused: 1,
      inProgress: 0,
      onlinePayments: 2,
      onlinePaymentAmount: 400_000,
      feeBearing: 3,
      feePaidOnline: 2,
      rated: 2,
      satisfied: 1,
      digitised: 3,
    })
    expect(figures.onTimeRate).toBeCloseTo(2 / 3)
    expect(await prisma.dossier.count({ where: { imported: true } })).toBe(5)
    // Its statistics were folded as it stored: nothing is left for the next read.
    expect(await prisma.statisticsChange.count()).toBe(0)
  })

  it('stores nothing when one row is wrong, and names its line and column', async () => {
    const { prisma } = database()
    const before = await prisma.dossier.count()
    const broken = sample.replace('000.00.02.H01-190304-0001', 'NEW-1') + 'NEW-2,1.001193,000.20.01.H01,COUNTER,RECEIVED,30/02/2019,,,,,,,,,,,\n'
    const result = await importDossiers(prisma, csv('broken.csv', broken))
    expect(result.ok).toBe(false)
    if (result.ok) return
    // The sample's other rows are already stored (first test), and the new row's date does not exist.
    expect(result.errors).toContainEqual({ line: 7, column: 'received_at', message: 'date', params: { value: '30/02/2019' } })
    expect(result.errors).toContainEqual({ line: 3, column: 'code', message: 'duplicateStored', params: { value: '000.00.02.H01-190305-0002' } })
    expect(result.errors.some((e) => e.line === 2)).toBe(false)
    expect(await prisma.dossier.count()).toBe(before)
    expect(await prisma.importRun.findUniqueOrThrow({ where: { id: result.runId! } })).toMatchObject({ status: 'REFUSED', problemCount: result.total })
  })

  it('reads the encodings and shapes people have: UTF-16, Windows-1258 with semicolons, XLSX', async () => {
    const { prisma } = database()
    const semicolons = (text: string) =>
      text
        .replace(/"([^"]*)"/g, (_, inner: string) => `"${inner}"`)
        .split('\n')
        .map((line) => line.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';'))
        .join('\n')
    const files = [
      bytesSource('utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(renamed('U16-'), 'utf16le')])),
      bytesSource(
        'excel-vi.csv',
        iconv.encode(
          semicolons(renamed('W58-')).replace(
            /[\u00C0-\u1EF9]/g,
            (c) =>
              c
                .normalize('NFD')
                .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
                .normalize('NFC') + (c.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? []).join(''),
          ),
          'windows1258',
        ),
      ),
    ]
    for (const file of files) expect(await importDossiers(prisma, file), file.name).toMatchObject({ ok: true, imported: 5 })
    expect((await prisma.dossier.findFirstOrThrow({ where: { code: 'W58-000.00.02.H01-190305-0002' } })).applicantName).toBe('Trần Thị Hai, đại diện')

    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Hồ sơ')
    const [head, ...rows] = renamed('XL-')
      .trim()
      .split('\n')
      .map((line) =>
        line
          .match(/("([^"]|"")*"|[^,]*)(,|$)/g)!
          .slice(0, 18)
          .map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, '')),
      )
    sheet.addRow(head)
    // Excel keeps a date as a date: received_at as a real date cell.
    for (const row of rows) sheet.addRow(row.map((cell, i) => (i === 5 ? new Date(Date.UTC(2019, 2, Number(cell.slice(0, 2)), Number(cell.slice(11, 13)), Number(cell.slice(14, 16)))) : cell)))
    const xlsx = await importDossiers(prisma, bytesSource('ho-so.xlsx', new Uint8Array(await book.xlsx.writeBuffer())))
    expect(xlsx).toMatchObject({ ok: true, imported: 5 })
    expect((await prisma.dossier.findFirstOrThrow({ where: { code: 'XL-000.00.02.H01-190304-0001' } })).receivedAt).toEqual(new Date('2019-03-04T08:15:00+07:00'))
  })

  it('resumes an interrupted run of the same file after its last stored batch', async () => {
    const { prisma } = database()
    const text = renamed('RES-')
    const source = csv('resume.csv', text)
    // An earlier run of this file stored its first two rows, then the process died.
    const first = await importDossiers(prisma, csv('first-two.csv', text.split('\n').slice(0, 3).join('\n') + '\n'))
    expect(first).toMatchObject({ ok: true, imported: 2 })
    await prisma.importRun.create({ data: { kind: 'dossiers', fileName: 'resume.csv', sha256: await source.sha256(), status: 'INTERRUPTED', total: 5, checked: 5, stored: 2 } })
    expect(await importDossiers(prisma, source)).toMatchObject({ ok: true, imported: 3, resumedAfter: 2 })
    expect(await prisma.dossier.count({ where: { code: { startsWith: 'RES-' } } })).toBe(5)
  })

  it('gives the command line the same line-numbered messages as the page, and a missing file in one line', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'import-'))
    const file = path.join(dir, 'sai.csv')
    writeFileSync(file, 'code;procedure;received_at\nA-1;1.001193;32/03/2019\n')
    const run = (args: string[]) => spawnSync('npx', ['tsx', 'scripts/import-dossiers.ts', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' } })
    const missing = run([path.join(dir, 'khong-co.csv')])
    expect(missing.status).toBe(2)
    expect(missing.stderr.trim()).toBe(`Không tìm thấy tệp ${path.join(dir, 'khong-co.csv')}`)
    const refused = run([file])
    expect(refused.status).toBe(1)
    // The page shows the same problems, worded by the same function.
    const result = await importDossiers(database().prisma, await fileSource(file))
    if (result.ok) throw new Error('accepted')
    const { t } = await serverI18n('vi')
    for (const problem of result.errors) expect(refused.stderr).toContain(describeImportError(problem, t))
    expect(refused.stderr).toContain('Dòng 1: Dòng đầu thiếu cột: procedure_code, agency_code, channel, status')
  })
})
