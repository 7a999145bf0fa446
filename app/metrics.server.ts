// Prometheus metrics (prom-client's default registry, one per process; server/app.ts serves it at /metrics):
// requests and their latency are counted by the HTTP server, jobs and queue depth by the job queue.
import client from 'prom-client'

const KEY = Symbol.for('portal.metrics')

interface Metrics extends ReturnType<typeof create> {
  /** Set by the job queue when it starts, read at each scrape. */
  depthSource?: () => Promise<[string, number][]>
}

function create() {
  client.collectDefaultMetrics()
  return {
    registry: client.register,
    requests: new client.Counter({ name: 'portal_http_requests_total', help: 'HTTP requests answered', labelNames: ['method', 'area', 'status'] }),
    latency: new client.Histogram({
      name: 'portal_http_request_duration_seconds',
      help: 'Time to answer an HTTP request',
      labelNames: ['method', 'area'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    }),
    jobs: new client.Counter({ name: 'portal_jobs_total', help: 'Jobs run, by queue and outcome', labelNames: ['queue', 'outcome'] }),
    jobDuration: new client.Histogram({ name: 'portal_job_duration_seconds', help: 'Time a job took', labelNames: ['queue'], buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 30, 120] }),
    queueDepth: new client.Gauge({
      name: 'portal_queue_depth',
      help: 'Jobs waiting (created or retry), by queue',
      labelNames: ['queue'],
      async collect() {
        this.reset()
        for (const [queue, size] of (await metrics().depthSource?.()) ?? []) this.set({ queue }, size)
      },
    }),
  }
}

/** The job queue tells how to read its depth when it starts. */
export function setQueueDepthSource(source: () => Promise<[string, number][]>) {
  metrics().depthSource = source
}

/** The process's metrics; shared by every copy of this module (the server and its build each load one). */
export function metrics(): Metrics {
  const holder = globalThis as Record<symbol, Metrics | undefined>
  return (holder[KEY] ??= create())
}
