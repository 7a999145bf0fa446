import { database } from '~/db.server.ts'
import { fileStorage } from '~/storage.server.ts'

/**
 * For load balancers and monitoring: the process answers and its database answers. "degraded" (still 200:
 * pages can be read) when files cannot be written — a read-only or full DATA_DIR, an unreachable bucket —
 * named in `storage`; 503 when the database does not answer.
 */
export async function loader() {
  const headers = { 'Cache-Control': 'no-store' }
  try {
    const { kind, prisma } = await database()
    await prisma.$queryRaw`SELECT 1`
    const storage = await fileStorage().problem()
    return Response.json(storage ? { status: 'degraded', database: kind, storage } : { status: 'ok', database: kind }, { headers })
  } catch {
    return Response.json({ status: 'error' }, { status: 503, headers })
  }
}
