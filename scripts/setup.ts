// Opens the database (which applies pending migrations) and seeds it when it is empty.
import { closeDatabase, database, isStartupError } from '../app/db.server.ts'
import { seedIfEmpty } from '../prisma/seed/index.ts'

export async function setup() {
  try {
    const { kind, prisma } = await database()
    const seeded = await seedIfEmpty(prisma)
    console.log(`Database ready (${kind})${seeded ? ', demo data seeded' : ''}.`)
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
