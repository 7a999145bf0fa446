// Catalogue search over a province-sized catalogue: seeds the demo data into an in-memory PGlite, adds
// generated procedures up to N (default 2,500), then times typical queries (diacritic-free, with typos,
// with filters). Usage: npx tsx bench/catalogue-search.ts [N]
import { performance } from 'node:perf_hooks'
import { openDatabase } from '../app/db.server.ts'
import { parseCatalogueQuery } from '../app/domain/catalogue/query.ts'
import { foldVietnamese } from '../app/domain/catalogue/search-text.ts'
import { catalogueChanged, searchProcedures } from '../app/models/catalogue.server.ts'
import { seed } from '../prisma/seed/index.ts'

const target = Number(process.argv[2] ?? 2500)
process.env.DATA_DIR = '/tmp/portal-bench'
const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' })
const { prisma } = database
await seed(prisma)
const templates = await prisma.procedure.findMany({ select: { name: true, fieldId: true, levelId: true, onlineLevel: true, applicants: true, resultDescription: true, legalBasis: true } })
const variants = ['cấp lại', 'điều chỉnh', 'gia hạn', 'cấp đổi', 'hủy bỏ', 'xác nhận', 'thông báo', 'đăng ký lại']
const extra = target - templates.length
const rows = Array.from({ length: Math.max(0, extra) }, (_, i) => {
  const t = templates[i % templates.length]!
  const name = `${t.name} (${variants[i % variants.length]}, trường hợp ${Math.floor(i / templates.length) + 1})`
  const code = `9.${String(100000 + i)}`
  return { ...t, code, name, searchText: foldVietnamese(`${code} ${name}`), timeLimit: 5 }
})
for (let i = 0; i < rows.length; i += 500) await prisma.procedure.createMany({ data: rows.slice(i, i + 500) })
const total = await prisma.procedure.count()

const queries = ['q=dang ky khai sinh', 'q=ly lich tu phap', 'q=giay phep xay dugn', 'q=ho kinh doanh&online=FULL', 'field=DAT_DAI&page=3', 'q=1.001193']
await catalogueChanged(prisma)
let start = performance.now()
await searchProcedures(prisma, parseCatalogueQuery(new URLSearchParams(queries[0])))
const cold = performance.now() - start
const timings: number[] = []
for (let round = 0; round < 20; round++) {
  for (const q of queries) {
    start = performance.now()
    await searchProcedures(prisma, parseCatalogueQuery(new URLSearchParams(q)))
    timings.push(performance.now() - start)
  }
}
timings.sort((a, b) => a - b)
const pick = (p: number) => timings[Math.min(timings.length - 1, Math.floor(p * timings.length))]!.toFixed(1)
console.log(`procedures: ${total}`)
console.log(`first query (builds the index): ${cold.toFixed(1)} ms`)
console.log(`${timings.length} queries: p50 ${pick(0.5)} ms, p95 ${pick(0.95)} ms, max ${pick(1)} ms`)
console.log(`heap used: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`)
await database.close()
