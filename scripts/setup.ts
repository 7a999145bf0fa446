// Opens the database (which applies pending migrations) and seeds it when it is empty.
import { closeDatabase, database, isStartupError } from '../app/db.server.ts'
import { ensureDemoCertificates } from '../app/documents/certificates.server.ts'
import { seedIfEmpty } from '../prisma/seed/index.ts'

export async function setup() {
  try {
    const { kind, prisma } = await database()
    const seeded = await seedIfEmpty(prisma)
    console.log(`Database ready (${kind})${seeded ? ', demo data seeded' : ''}.`)
    // The embedded default signs with test certificates: one per agency that has staff to issue documents
    // (others get theirs on first use). Does nothing when SIGNING_DIR names a province's real certificates.
    const made = await ensureDemoCertificates(await prisma.agency.findMany({ where: { staff: { some: {} } }, select: { code: true, name: true } }))
    if (made) console.log(`Demo signing certificates (TEST ONLY) made for ${made} agencies.`)
  } catch (error) {
    if (isStartupError(error)) {
      console.error(`\n${error.message}\n`)
      process.exit(1)
    }
    throw error
  } finally {
    await closeDatabase()
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await setup()
