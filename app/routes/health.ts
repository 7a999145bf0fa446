import { database } from '~/db.server.ts'

/** For load balancers and monitoring: the process answers and its database answers. */
export async function loader() {
  try {
    const { kind, prisma } = await database()
    await prisma.$queryRaw`SELECT 1`
    return Response.json({ status: 'ok', database: kind }, { headers: { 'Cache-Control': 'no-store' } })
  } catch {
    return Response.json({ status: 'error' }, { status: 503, headers: { 'Cache-Control': 'no-store' } })
  }
}
