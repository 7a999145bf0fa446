import { describe, expect, it } from 'vitest'
import { readMigrations } from './migrate.server.ts'

describe('migration history', () => {
  it('is ordered, named by timestamp, and checksummed', () => {
    const migrations = readMigrations()
    expect(migrations.length).toBeGreaterThan(0)
    const names = migrations.map((m) => m.name)
    expect(names).toEqual([...names].sort())
    for (const m of migrations) {
      expect(m.name).toMatch(/^\d{14}_[a-z0-9_]+$/)
      expect(m.checksum).toMatch(/^[0-9a-f]{64}$/)
    }
  })
})
