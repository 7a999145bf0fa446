// What runs beside the HTTP server in the same process: the job queue on the process's database. The server
// (scripts/start.ts) reaches it through the build's entry module, so both use the build's one database.
import { closeDatabase, database } from './db.server.ts'
import './jobs/index.server.ts'
import { startJobs, stopJobs } from './jobs/queue.server.ts'
import { logger } from './logger.server.ts'

export async function startBackgroundWork() {
  await startJobs(await database())
}

/** Graceful: running jobs finish (or are handed back to the queue), then the database closes. */
export async function stopBackgroundWork() {
  try {
    await stopJobs()
  } catch (error) {
    logger.error({ err: error }, 'stopping the job queue failed')
  }
  await closeDatabase()
}
