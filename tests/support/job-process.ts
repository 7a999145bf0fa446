// A process with the job queue and nothing else, for the durability test: `enqueue` puts one job that may
// only start a few seconds later, then waits (the test kills it meanwhile); `work` runs the queue and prints
// "ran <token>" when the job runs. The database comes from DATA_DIR or DATABASE_URL, as for the server.
import { configFromEnv, openDatabase } from '~/db.server.ts'
import { defineJob, enqueue, startJobs } from '~/jobs/queue.server.ts'

const [mode, token] = process.argv.slice(2)
defineJob<{ token: string }>({
  name: 'durability-probe',
  pollingIntervalSeconds: 0.5,
  handler: async (data) => console.log(`ran ${data.token}`),
})
const database = await openDatabase(configFromEnv())
await startJobs(database, { schedules: false })
if (mode === 'enqueue') {
  await enqueue('durability-probe', { token: token! }, { startAfter: new Date(Date.now() + 3_000) })
  console.log('queued')
}
setInterval(() => {}, 60_000)
