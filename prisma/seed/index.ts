// Seeds an empty database with the demo province, catalogue, holidays and accounts.
// `npm start` calls seedIfEmpty; `npm run db:seed` seeds the database named by the environment.
import { hashPassword } from '../../app/auth/password.server.ts'
import { foldVietnamese } from '../../app/domain/catalogue/search-text.ts'
import type { PrismaClient } from '../generated/client.ts'
import { ACCOUNTS, DEMO_PASSWORD, SANDBOX_PEOPLE } from './accounts.ts'
import { seedDossiers } from './dossiers.ts'
import { FIELDS } from './fields.ts'
import { HOLIDAYS } from './holidays.ts'
import { COMMUNES_BY_FORMER_DISTRICT, communeAgencyCode, FORMER_DISTRICTS, OPENING_HOURS, PROVINCE, PROVINCE_AGENCIES, PROVINCE_CENTRE, provinceAgencyCode, SUPPORT_POINTS } from './places.ts'
import { PROCEDURES, type ProcedureSeed } from './procedures.ts'

const REFORM_DAY = new Date('2025-07-01T00:00:00+07:00')

export async function seedIfEmpty(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.adminLevel.count()) > 0) return false
  await seed(prisma)
  return true
}

/** `now` places the demo dossiers in time (tests fix it to check figures by hand). */
export async function seed(prisma: PrismaClient, now = new Date()) {
  const agencies = await seedPlaces(prisma)
  await seedCatalogue(prisma, agencies)
  await prisma.holiday.createMany({
    data: HOLIDAYS.map(([date, name, kind]) => ({ date: new Date(`${date}T00:00:00Z`), name, kind: kind ?? 'DAY_OFF' })),
  })
  await seedAccounts(prisma, agencies)
  await prisma.sandboxPerson.createMany({ data: SANDBOX_PEOPLE.map((p) => ({ ...p, dateOfBirth: new Date(`${p.dateOfBirth}T00:00:00Z`) })) })
  await seedDossiers(prisma, now)
}

/** Agencies by key: province departments by their key, commune committees by commune name. */
type AgencyIndex = Map<string, { id: string; deskId: string }>

async function seedPlaces(prisma: PrismaClient): Promise<AgencyIndex> {
  const [province, district, commune] = await Promise.all([
    prisma.adminLevel.create({ data: { code: 'PROVINCE', name: 'Cấp tỉnh', nameEn: 'Province', rank: 1 } }),
    prisma.adminLevel.create({ data: { code: 'DISTRICT', name: 'Cấp huyện (đến 30/6/2025)', nameEn: 'District (until 30 June 2025)', rank: 2 } }),
    prisma.adminLevel.create({ data: { code: 'COMMUNE', name: 'Cấp xã', nameEn: 'Commune', rank: 3 } }),
  ])
  const provinceUnit = await prisma.adminUnit.create({ data: { ...PROVINCE, levelId: province.id } })
  const agencies: AgencyIndex = new Map()
  const addAgency = async (key: string, code: string, name: string, levelId: string, unitId: string, deskName: string, address: string, shortName?: string) => {
    // Tax codes are demo values (receipts print them): a province sets each agency's own in administration.
    const taxCode = `16${String(agencies.size + 1).padStart(8, '0')}`
    const agency = await prisma.agency.create({ data: { code, name, shortName, levelId, unitId, address, taxCode } })
    const desk = await prisma.oneStopDesk.create({ data: { code: `${code}.MC`, name: deskName, agencyId: agency.id } })
    agencies.set(key, { id: agency.id, deskId: desk.id })
  }
  for (const [index, [key, name, shortName]] of PROVINCE_AGENCIES.entries()) {
    await addAgency(key, provinceAgencyCode(index), name, province.id, provinceUnit.id, `${PROVINCE_CENTRE.name} – quầy ${shortName}`, PROVINCE_CENTRE.address, shortName)
  }
  for (const [districtIndex, [districtCode, districtName]] of FORMER_DISTRICTS.entries()) {
    // Former districts stay as closed units so historical dossiers keep the unit they had.
    await prisma.adminUnit.create({
      data: { code: districtCode, name: districtName, levelId: district.id, parentId: provinceUnit.id, validTo: REFORM_DAY },
    })
    const communes = COMMUNES_BY_FORMER_DISTRICT[districtCode] ?? []
    for (const [communeIndex, communeName] of communes.entries()) {
      const unit = await prisma.adminUnit.create({
        data: {
          code: `${districtCode}${String(communeIndex + 1).padStart(2, '0')}`,
          name: communeName,
          levelId: commune.id,
          parentId: provinceUnit.id,
          validFrom: REFORM_DAY,
        },
      })
      await addAgency(
        communeName,
        communeAgencyCode(districtIndex, communeIndex),
        `Ủy ban nhân dân ${communeName}`,
        commune.id,
        unit.id,
        `Trung tâm Phục vụ hành chính công ${communeName}`,
        `Trụ sở Ủy ban nhân dân ${communeName}, tỉnh An Giang`,
      )
    }
  }
  for (const point of SUPPORT_POINTS) {
    const unit = await prisma.adminUnit.findFirstOrThrow({ where: { name: point.commune } })
    await prisma.supportPoint.create({
      data: {
        code: point.code,
        name: point.name,
        address: `${point.address}, tỉnh An Giang`,
        phone: point.phone,
        latitude: point.latitude,
        longitude: point.longitude,
        unitId: unit.id,
        openingHours: OPENING_HOURS,
      },
    })
  }
  return agencies
}

function stepsFor(procedure: ProcedureSeed): string[] {
  const hasFee = procedure.fees.some(([, , amount]) => amount > 0)
  const submit =
    procedure.online === 'N'
      ? 'Nộp hồ sơ trực tiếp tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính.'
      : 'Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công, trực tiếp tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính.'
  return [
    submit,
    'Công chức Bộ phận Một cửa kiểm tra, tiếp nhận hồ sơ và hẹn ngày trả kết quả; hồ sơ chưa đầy đủ được hướng dẫn bổ sung một lần.',
    ...(hasFee ? ['Nộp phí, lệ phí trực tuyến hoặc tại Bộ phận Một cửa.'] : []),
    'Cơ quan có thẩm quyền thẩm định, xử lý hồ sơ và trình lãnh đạo phê duyệt.',
    procedure.online === 'F'
      ? 'Nhận kết quả điện tử trên Cổng Dịch vụ công, qua bưu chính hoặc tại Bộ phận Một cửa.'
      : 'Nhận kết quả tại Bộ phận Một cửa (xuất trình bản chính giấy tờ khi nhận kết quả) hoặc qua bưu chính.',
  ]
}

const ONLINE = { F: 'FULL', P: 'PARTIAL', N: 'NONE' } as const

async function seedCatalogue(prisma: PrismaClient, agencies: AgencyIndex) {
  const fields = new Map<string, { id: string; name: string }>()
  for (const field of FIELDS) {
    const row = await prisma.field.create({ data: { code: field.code, name: field.name, nameEn: field.nameEn } })
    fields.set(field.code, row)
  }
  const levels = new Map((await prisma.adminLevel.findMany()).map((level) => [level.code, level.id]))
  const communeAgencyIds = [...agencies.entries()].filter(([key]) => !/^[A-Z]+$/.test(key)).map(([, a]) => a.id)

  for (const seed of PROCEDURES) {
    const fieldSeed = FIELDS.find((f) => f.code === seed.field)!
    const field = fields.get(seed.field)!
    const isCommune = seed.agency === 'COMMUNE'
    const hasFee = seed.fees.some(([, , amount]) => amount > 0)
    const procedure = await prisma.procedure.create({
      data: {
        code: seed.code,
        name: seed.name,
        searchText: foldVietnamese(`${seed.code} ${seed.name} ${field.name}`),
        fieldId: field.id,
        levelId: levels.get(isCommune ? 'COMMUNE' : 'PROVINCE')!,
        onlineLevel: ONLINE[seed.online],
        timeLimit: seed.days,
        timeLimitUnit: seed.calendarDays ? 'CALENDAR_DAY' : 'WORKING_DAY',
        paymentTiming: hasFee ? (seed.paymentBeforeResult ? 'BEFORE_RESULT' : 'AT_SUBMISSION') : 'NONE',
        conditions: seed.conditions ?? null,
        applicants: fieldSeed.applicants,
        resultDescription: fieldSeed.result,
        legalBasis: fieldSeed.legalBasis,
        formSchema: seed.questions,
        // The demo's procedures offered fully online are the ones integrated on the national portal.
        nationalPortal: seed.online === 'F',
        steps: { create: stepsFor(seed).map((description, position) => ({ position, description })) },
        feeCases: { create: (seed.feeCases ?? []).map(([name, proof, reductionPercent], position) => ({ name, proof, reductionPercent, position })) },
        fees: {
          create: seed.fees.map(([kind, name, amount], position) => ({
            kind: kind === 'L' ? 'CHARGE' : 'FEE',
            name,
            amount,
            position,
            note: amount === 0 ? 'Theo biểu phí, tính theo hồ sơ cụ thể' : null,
          })),
        },
      },
    })
    const agencyIds = isCommune ? communeAgencyIds : [agencies.get(seed.agency)!.id]
    await prisma.procedureAgency.createMany({ data: agencyIds.map((agencyId) => ({ procedureId: procedure.id, agencyId })) })

    const documents = seed.documents ?? fieldSeed.documents
    const formId = seed.form ? await createForm(prisma, procedure.id, seed.form, documents[0]!) : null
    await prisma.requiredDocument.createMany({
      data: documents.map((name, position) => ({
        procedureId: procedure.id,
        position,
        name,
        formId: position === 0 ? formId : null,
        copies: position === 0 ? 0 : 1,
        originals: position === 0 ? 1 : 0,
      })),
    })
  }
}

/** A procedure's declaration form: its PDF is drawn from the procedure's questions when downloaded. */
async function createForm(prisma: PrismaClient, procedureId: string, code: string, title: string) {
  const form = await prisma.procedureForm.create({ data: { procedureId, code, name: title } })
  return form.id
}

async function seedAccounts(prisma: PrismaClient, agencies: AgencyIndex) {
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  for (const account of ACCOUNTS) {
    const agency = account.agency ? agencies.get(account.agency) : undefined
    const supportPoint = account.supportPoint ? await prisma.supportPoint.findUniqueOrThrow({ where: { code: account.supportPoint } }) : undefined
    await prisma.user.create({
      data: {
        role: account.role,
        fullName: account.fullName,
        email: account.email,
        nationalId: account.nationalId,
        phone: account.phone,
        address: account.address,
        dateOfBirth: account.dateOfBirth ? new Date(`${account.dateOfBirth}T00:00:00Z`) : undefined,
        passwordHash,
        // Demo contact details count as confirmed (recovery uses only confirmed ones); citizens as e-ID-verified.
        phoneVerifiedAt: new Date(),
        emailVerifiedAt: new Date(),
        ...(account.role === 'CITIZEN' && { identityLevel: 'VERIFIED' as const, identityIssuer: 'sandbox', identityVerifiedAt: new Date() }),
        agencyId: agency?.id,
        deskId: account.role === 'CLERK' ? agency?.deskId : undefined,
        supportPointId: supportPoint?.id,
      },
    })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { closeDatabase, db } = await import('../../app/db.server.ts')
  const prisma = await db()
  console.log((await seedIfEmpty(prisma)) ? 'Seeded demo data.' : 'The database already has data: nothing seeded.')
  await closeDatabase()
}
