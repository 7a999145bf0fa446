import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { importDossiers } from '~/models/dossier-import.server.ts'
import { headlineFigures } from '~/models/statistics.server.ts'
import { parsePeriod, type Period } from '~/domain/statistics/period.ts'
import { useTestDatabase } from './database.ts'

const database = useTestDatabase({ seed: true })
const sample = readFileSync(new URL('../../docs/import/dossiers-sample.csv', import.meta.url), 'utf8')
const march2019 = (parsePeriod('03/2019') as { ok: true; period: Period }).period

describe('importing historical dossiers', () => {
  it('stores the documented sample and counts it by the same indicators', async () => {
    const { prisma } = database()
    expect(await importDossiers(prisma, sample)).toEqual({ ok: true, imported: 5 })
    const figures = await headlineFigures(prisma, march2019)
    // Worked out by hand from docs/import/dossiers-sample.csv.
    expect(figures).toMatchObject({
      received: 5, receivedOnline: 2, early: 1, onTime: 1, late: 1, withdrawn: 1, stopped: 1, refused: 1, inProgress: 0,
      onlinePayments: 2, onlinePaymentAmount: 400_000, feeBearing: 3, feePaidOnline: 2, rated: 2, satisfied: 1, digitised: 3,
    })
    expect(figures.onTimeRate).toBeCloseTo(2 / 3)
    expect(await prisma.dossier.count({ where: { imported: true } })).toBe(5)
  })

  it('stores nothing when one row is wrong, and names its line and column', async () => {
    const { prisma } = database()
    const before = await prisma.dossier.count()
    const broken = sample.replace('000.00.02.H01-190304-0001', 'NEW-1') + 'NEW-2,1.001193,000.20.01.H01,COUNTER,RECEIVED,30/02/2019,,,,,,,,,,,\n'
    const result = await importDossiers(prisma, broken)
    expect(result.ok).toBe(false)
    if (result.ok) return
    // The sample's other rows are already stored (first test), and the new row's date does not exist.
    expect(result.errors).toContainEqual({ line: 7, column: 'received_at', message: 'date', params: { value: '30/02/2019' } })
    expect(result.errors).toContainEqual({ line: 3, column: 'code', message: 'duplicateStored', params: { value: '000.00.02.H01-190305-0002' } })
    expect(result.errors.some((e) => e.line === 2)).toBe(false)
    expect(await prisma.dossier.count()).toBe(before)
  })
})
