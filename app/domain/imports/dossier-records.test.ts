import { describe, expect, it } from 'vitest'
import { parseCsv } from './csv.ts'
import { parseRecordDate, readDossierRecords } from './dossier-records.ts'

const known = { procedure: (c: string) => c === '1.001193', agency: (c: string) => c === 'H01.01', dossier: (c: string) => c === 'OLD-1' }
const header = 'code,procedure_code,agency_code,channel,status,received_at,due_at,resolved_at,outcome,fee,paid_online,amount_paid,rating'
const read = (...rows: string[]) => readDossierRecords(parseCsv([header, ...rows].join('\n')), known, new Date('2026-11-22T00:00:00Z'))

describe('parseRecordDate', () => {
  it("reads Vietnamese and ISO dates in Vietnam's time, and instants with a zone", () => {
    expect(parseRecordDate('05/03/2024')?.toISOString()).toBe('2024-03-04T17:00:00.000Z')
    expect(parseRecordDate('05/03/2024 14:30')?.toISOString()).toBe('2024-03-05T07:30:00.000Z')
    expect(parseRecordDate('2024-03-05')?.toISOString()).toBe('2024-03-04T17:00:00.000Z')
    expect(parseRecordDate('2024-03-05T07:30:00Z')?.toISOString()).toBe('2024-03-05T07:30:00.000Z')
  })
  it('refuses impossible and ambiguous dates', () => {
    for (const value of ['31/02/2024', '2024-13-01', '5.3.2024', '05/03/24', '25:00', '05/03/2024 24:10']) expect(parseRecordDate(value), value).toBeNull()
  })
})

describe('readDossierRecords', () => {
  it('reads a valid row', () => {
    const { dossiers, errors } = read('A-1,1.001193,H01.01,online,RESULT_RETURNED,01/02/2024 08:00,06/02/2024 17:00,05/02/2024 10:00,APPROVED,"50.000",có,50000,5')
    expect(errors).toEqual([])
    expect(dossiers[0]).toMatchObject({ line: 2, code: 'A-1', channel: 'ONLINE', status: 'RESULT_RETURNED', outcome: 'APPROVED', feeAmount: 50_000, paidOnline: 50_000, rating: 5, supplementCount: 0 })
  })
  it('names the line and the column of every problem', () => {
    const { dossiers, errors } = read(
      'A-1,9.999999,H01.01,ONLINE,RESOLVED,01/02/2024,,,,0,no,0,',
      'A-1,1.001193,X,POST,RECEIVED,31/02/2024,,,,abc,maybe,0,7',
      'OLD-1,1.001193,H01.01,COUNTER,IN_PROGRESS,01/02/2024,01/01/2024,02/02/2024,,0,no,10,',
      'A-2,1.001193,H01.01',
    )
    expect(dossiers).toEqual([])
    const found = errors.map((e) => `${e.line}:${e.column}:${e.message}`)
    expect(found).toEqual([
      '2:procedure_code:unknownProcedure',
      '2:resolved_at:requiredWhenDecided',
      '2:outcome:requiredWhenDecided',
      '2:due_at:requiredWhenDecided',
      '3:code:duplicateInFile',
      '3:agency_code:unknownAgency',
      '3:channel:oneOf',
      '3:received_at:date',
      '3:fee:number',
      '3:paid_online:yesNo',
      '3:rating:rating',
      '4:code:duplicateStored',
      '4:due_at:beforeReceived',
      '4:resolved_at:onlyWhenDecided',
      '4:paid_online:paidFlag',
      '5:null:fieldCount',
    ])
  })
  it('checks the header first', () => {
    expect(readDossierRecords(parseCsv('code,procedure,agency_code\n'), known).errors.map((e) => e.message)).toEqual(['missingColumns', 'unknownColumns'])
    expect(readDossierRecords(parseCsv(''), known).errors.map((e) => e.message)).toEqual(['empty'])
  })
})
