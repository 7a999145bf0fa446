// The built-in national portal receiver for the demo and the tests: answers the protocol of
// national-sync.server.ts, keeps what it received (/dong-bo/sandbox) and can simulate an outage of the next N
// requests (a setting shared by every process), so retries can be seen and tested.
import { db } from '../db.server.ts'
import type { NationalRecord } from '../domain/national/record.ts'

export const NATIONAL_SANDBOX_TOKEN = 'sandbox-national'
const OUTAGE_KEY = 'nationalSandbox.outage'

export async function sandboxNationalApi(request: Request): Promise<Response> {
  if (request.headers.get('Authorization') !== `Bearer ${NATIONAL_SANDBOX_TOKEN}`) return Response.json({ error_code: '-2', message: 'Sai thông tin xác thực' }, { status: 401 })
  const prisma = await db()
  const down = await prisma.$executeRaw`
    UPDATE "Setting" SET value = to_jsonb((value #>> '{}')::int - 1), "updatedAt" = now()
    WHERE key = ${OUTAGE_KEY} AND (value #>> '{}')::int > 0`
  if (down > 0) return Response.json({ error_code: '-1', message: 'Hệ thống đang bận (mô phỏng)' }, { status: 503 })
  const body = (await request.json().catch(() => null)) as { data?: NationalRecord[] } | null
  const records = body?.data?.filter((r) => r?.MaHoSo && r.TrangThaiHoSo) ?? []
  if (records.length === 0) return Response.json({ error_code: '1', message: 'Dữ liệu không hợp lệ' }, { status: 400 })
  await prisma.sandboxNationalRecord.createMany({ data: records.map((r) => ({ dossierCode: r.MaHoSo, statusCode: Number(r.TrangThaiHoSo), payload: r })) })
  return Response.json({ error_code: '0', message: 'Đồng bộ thành công' })
}

/** The next `requests` calls answer 503, as the national portal does when it is overloaded. */
export async function simulateNationalOutage(requests: number) {
  const prisma = await db()
  await prisma.setting.upsert({ where: { key: OUTAGE_KEY }, create: { key: OUTAGE_KEY, value: requests }, update: { value: requests } })
}

export async function sandboxNationalRecords() {
  const prisma = await db()
  const [records, outage] = await Promise.all([
    prisma.sandboxNationalRecord.findMany({ orderBy: { receivedAt: 'desc' }, take: 200, select: { id: true, dossierCode: true, statusCode: true, receivedAt: true } }),
    prisma.setting.findUnique({ where: { key: OUTAGE_KEY } }),
  ])
  return { records, outage: Number(outage?.value ?? 0) }
}
