import { devices, expect, test, type Browser } from '@playwright/test'
import { pdfAttachments, pdfSignatures, pdfText } from '../tests/support/pdf-tools.ts'
import { answerBirthQuestions, expectAccessible, fileBirthRegistration, logIn, pdfUpload, registerCitizen } from './helpers.ts'

const LONG_XUYEN = 'Ủy ban nhân dân Phường Long Xuyên'
const clerk = 'motcua.longxuyen@angiang.example'
const specialist = 'chuyenvien.longxuyen@angiang.example'
const approver = 'lanhdao.longxuyen@angiang.example'

test.skip(({ isMobile }) => isMobile, 'back-office journeys run on the desktop project')

/** Another person, in a browser context of their own (same address, language and time zone as the test's). */
async function as(browser: Browser, identifier: string) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  const page = await context.newPage()
  await logIn(page, identifier)
  await expect(page).not.toHaveURL(/dang-nhap/)
  return page
}

/** A fresh citizen in a context of their own, on a phone as most citizens are. */
async function newCitizen(browser: Browser) {
  const context = await browser.newContext({ ...devices['Pixel 5'], baseURL: test.info().project.use.baseURL, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
  const page = await context.newPage()
  const nationalId = await registerCitizen(page)
  return Object.assign(page, { nationalId })
}

async function openDossier(page: import('@playwright/test').Page, code: string) {
  await page.goto('/mot-cua?status=')
  await page.getByRole('link', { name: code }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(code)
}

test('a birth registration filed on a phone: the clerk sees every answer, the leader sends the draft back once, then approves; the citizen gets exactly that file', async ({ browser }) => {
  test.setTimeout(180_000) // five people, a rework loop and a signature
  const citizen = await newCitizen(browser)
  const code = await fileBirthRegistration(citizen, LONG_XUYEN)

  const desk = await as(browser, clerk)
  await openDossier(desk, code)
  const declared = desk.locator('.summary-list').nth(1)
  for (const text of ['Nguyễn Minh Khang', '15/11/2026', 'Nam', 'Bệnh viện Sản Nhi An Giang', 'Lê Thị Thu', 'Cha']) await expect(declared).toContainText(text)
  await expectAccessible(desk)
  await desk.getByRole('button', { name: 'Tiếp nhận', exact: true }).click()
  await expect(desk.getByRole('status')).toContainText('Đã tiếp nhận')
  await desk.getByLabel('Chuyên viên xử lý').selectOption({ label: 'Phạm Văn Dũng' })
  await desk.getByRole('button', { name: 'Chuyển xử lý' }).click()
  await expect(desk.getByRole('status')).toContainText('Đã chuyển')

  const officer = await as(browser, specialist)
  await officer.goto('/mot-cua?mine=1')
  await officer.getByRole('link', { name: code }).click()
  await officer.getByText('Ghi chú nội bộ', { exact: true }).click()
  await officer.getByLabel('Nội dung ghi chú (chỉ cán bộ xem được)').fill('Đã đối chiếu giấy chứng sinh với bản chính.')
  await officer.getByRole('button', { name: 'Lưu ghi chú' }).click()
  await expect(officer.getByRole('status')).toContainText('Đã lưu ghi chú')
  await officer.getByLabel('Dự thảo kết quả (bắt buộc)').setInputFiles(pdfUpload('du-thao-1.pdf'))
  await officer.getByLabel('Ý kiến đề xuất').fill('Đề nghị cấp Giấy khai sinh')
  await officer.getByRole('button', { name: 'Trình phê duyệt' }).click()
  await expect(officer.getByRole('status')).toContainText('Đã trình')

  const leader = await as(browser, approver)
  await leader.goto('/mot-cua?awaitingApproval=1')
  await leader.getByRole('link', { name: code }).click()
  await expect(leader.getByRole('link', { name: 'du-thao-1.pdf' }).first()).toBeVisible()
  await leader.getByText('Trả lại chuyên viên để chỉnh sửa').click()
  await leader.getByLabel('Nội dung cần chỉnh sửa').fill('Ghi rõ nơi sinh theo giấy chứng sinh')
  await leader.getByRole('button', { name: 'Trả lại', exact: true }).click()
  await expect(leader.getByRole('status')).toContainText('Đã trả lại')

  await officer.reload()
  await officer.getByLabel('Dự thảo kết quả (bắt buộc)').setInputFiles(pdfUpload('trich-luc-khai-sinh.pdf'))
  await officer.getByRole('button', { name: 'Trình phê duyệt' }).click()
  await expect(officer.getByRole('status')).toContainText('Đã trình')

  await leader.reload()
  await expect(leader.locator('.panel', { hasText: 'Phê duyệt dự thảo kết quả' })).toContainText('trich-luc-khai-sinh.pdf')
  await leader.getByRole('button', { name: 'Phê duyệt', exact: true }).click()
  await expect(leader.getByRole('status')).toContainText('Đã phê duyệt')

  // The result is the approved draft signed with the agency's certificate.
  await openDossier(desk, code)
  await expect(desk.locator('.panel', { hasText: 'Trả cho người nộp kết quả đã được phê duyệt' })).toContainText(`ket-qua-${code}.pdf`)
  await desk.getByRole('button', { name: 'Trả kết quả' }).click()
  await expect(desk.getByRole('status')).toContainText('Đã trả kết quả')
  await desk.getByRole('link', { name: 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả' }).click()
  await expect(desk.getByRole('heading', { level: 1 })).toContainText('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ')
  await expect(desk.getByText(/Mã xác thực [0-9A-Z]{4}-/)).toBeVisible()
  const pdf = desk.waitForEvent('download')
  await desk.getByRole('link', { name: 'Tải bản PDF có chữ ký số' }).click()
  expect((await pdf).suggestedFilename()).toMatch(/^mau-01-.*\.pdf$/)

  await citizen.goto('/ho-so')
  await citizen.getByRole('link', { name: code }).click()
  await expect(citizen.getByText('Đã trả kết quả').first()).toBeVisible()
  for (const internal of ['Đã đối chiếu', 'Chuyển xử lý', 'Trình lãnh đạo', 'Đề nghị cấp Giấy khai sinh', 'du-thao-1.pdf', 'Ghi rõ nơi sinh']) await expect(citizen.getByText(internal)).toHaveCount(0)
  const result = citizen.waitForEvent('download')
  await citizen
    .getByRole('link', { name: `ket-qua-${code}.pdf` })
    .first()
    .click()
  const download = await result
  const { readFile } = await import('node:fs/promises')
  const signed = await readFile((await download.path())!)
  // Signed (an independent checker agrees), carrying exactly the approved draft.
  expect(pdfSignatures(signed)).toContain('Signature is Valid')
  expect(pdfAttachments(signed)['trich-luc-khai-sinh.pdf']?.toString()).toBe(pdfUpload('trich-luc-khai-sinh.pdf').buffer.toString())
  const verificationCode = pdfText(signed).match(/Mã xác thực: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/)![1]!

  // Anyone can check it at the address of its QR code: the downloaded file matches, a changed copy does not.
  const visitor = await (await browser.newContext({ ...devices['Pixel 5'], baseURL: test.info().project.use.baseURL, locale: 'vi-VN' })).newPage()
  await visitor.goto(`/xac-thuc/${verificationCode}`)
  await expect(visitor.getByRole('heading', { level: 1 })).toContainText('Kết quả giải quyết thủ tục Đăng ký khai sinh')
  await expect(visitor.getByText('Còn hiệu lực.')).toBeVisible()
  await expect(visitor.getByText(LONG_XUYEN).first()).toBeVisible()
  await visitor.getByLabel('Tệp PDF cần kiểm tra').setInputFiles({ name: `ket-qua-${code}.pdf`, mimeType: 'application/pdf', buffer: signed })
  await visitor.getByRole('button', { name: 'So sánh với bản gốc' }).click()
  await expect(visitor.locator('[data-verdict="match"]')).toContainText('Khớp với bản gốc.')
  await expectAccessible(visitor)
  await visitor.screenshot({ path: test.info().outputPath('verified-match.png'), fullPage: true })
  const altered = Buffer.from(signed)
  altered[altered.length - 40] = altered[altered.length - 40]! ^ 0x01
  await visitor.getByLabel('Tệp PDF cần kiểm tra').setInputFiles({ name: 'ban-sua.pdf', mimeType: 'application/pdf', buffer: altered })
  await visitor.getByRole('button', { name: 'So sánh với bản gốc' }).click()
  await expect(visitor.locator('[data-verdict="mismatch"]')).toContainText('Không khớp với bản gốc.')
  await visitor.screenshot({ path: test.info().outputPath('verified-mismatch.png'), fullPage: true })

  // The result is in the citizen's store, as an electronic original.
  await citizen.goto('/ho-so/kho-du-lieu')
  await expect(citizen.getByRole('link', { name: verificationCode, exact: false })).toBeVisible()
  await citizen.goto('/ho-so')
  await citizen.getByRole('link', { name: code }).click()
  await citizen.getByLabel('Rất hài lòng').check()
  await citizen.getByRole('button', { name: 'Gửi đánh giá' }).click()
  await expect(citizen.getByRole('status')).toContainText('Cảm ơn')
  await expectAccessible(citizen)
  await citizen.screenshot({ path: test.info().outputPath('citizen-result.png'), fullPage: true })

  // Later, the desk finds the returned dossier again by the applicant's CCCD.
  await desk.goto('/mot-cua')
  await desk.getByLabel('Tìm hồ sơ').fill(citizen.nationalId)
  await desk.getByRole('button', { name: 'Tìm kiếm' }).click()
  await expect(desk.getByRole('link', { name: code })).toBeVisible()
  await expect(desk.locator('table')).toContainText('Đã trả kết quả')
})

test('a supplement round trip pauses the clock and resumes it when the citizen answers', async ({ browser }) => {
  const citizen = await newCitizen(browser)
  const code = await fileBirthRegistration(citizen, LONG_XUYEN)
  const desk = await as(browser, clerk)
  await openDossier(desk, code)
  await desk.getByRole('button', { name: 'Tiếp nhận', exact: true }).click()
  const request = desk.locator('details', { has: desk.getByText('Yêu cầu bổ sung hồ sơ', { exact: true }) })
  await request.getByText('Yêu cầu bổ sung hồ sơ', { exact: true }).click()
  await request.getByLabel('Lý do').fill('Hồ sơ chưa đủ căn cứ xác định quan hệ cha con')
  await request.getByRole('button', { name: 'Gửi yêu cầu bổ sung' }).click()
  await expect(desk.getByRole('alert')).toContainText('Nêu rõ các giấy tờ') // nothing listed: refused
  const again = desk.locator('details[open]', { has: desk.getByText('Yêu cầu bổ sung hồ sơ', { exact: true }) }) // kept open with its message
  await again.getByLabel('Các nội dung cần bổ sung').fill('Bản sao Giấy chứng nhận kết hôn của cha mẹ\nẢnh chụp rõ nét Giấy chứng sinh')
  await again.getByLabel('Lý do').fill('Hồ sơ chưa đủ căn cứ xác định quan hệ cha con')
  const answerBy = new Date(Date.now() + 15 * 86_400_000 + 7 * 3600_000).toISOString().slice(0, 10)
  await again.getByLabel('Hạn bổ sung').fill(answerBy)
  await again.getByRole('button', { name: 'Gửi yêu cầu bổ sung' }).click()
  await expect(desk.getByRole('status')).toContainText('thời hạn giải quyết tạm dừng')

  await citizen.goto('/ho-so')
  await citizen.getByRole('link', { name: code }).click()
  await expect(citizen.getByRole('heading', { name: 'Cơ quan yêu cầu bổ sung hồ sơ' })).toBeVisible()
  const panel = citizen.locator('.panel', { has: citizen.getByRole('heading', { name: 'Cơ quan yêu cầu bổ sung hồ sơ' }) })
  await expect(panel).toContainText('Bản sao Giấy chứng nhận kết hôn của cha mẹ')
  await expect(panel).toContainText('Lý do: Hồ sơ chưa đủ căn cứ xác định quan hệ cha con')
  await expect(panel).toContainText(`Hạn bổ sung: ${answerBy.split('-').reverse().join('/')}`)
  await citizen.getByRole('button', { name: 'Gửi bổ sung' }).click()
  await expect(citizen.getByRole('alert')).toContainText('Tải lên giấy tờ bổ sung hoặc viết ghi chú') // an empty answer
  await citizen.screenshot({ path: test.info().outputPath('citizen-supplement.png'), fullPage: true })
  await citizen.getByLabel('Giấy tờ bổ sung').setInputFiles([pdfUpload('ket-hon.pdf'), pdfUpload('chung-sinh-ro.pdf')])
  await citizen.getByRole('button', { name: 'Gửi bổ sung' }).click()
  await expect(citizen.getByRole('status')).toContainText('Đã gửi giấy tờ bổ sung')
  await expect(citizen.locator('.tag').first()).toHaveText('Đã tiếp nhận')
  await expect(citizen.getByText('Hồ sơ đã được bổ sung')).toBeVisible()
})

test('a late dossier gets an apology with a new date (form 04)', async ({ browser }) => {
  const desk = await as(browser, clerk)
  await desk.goto('/mot-cua?due=overdue&status=RECEIVED')
  await expect(desk.locator('.queue__row--overdue').first()).toBeVisible()
  await expectAccessible(desk)
  await desk.locator('.queue__row--overdue a').first().click()
  await expect(desk.getByText('Hồ sơ đã quá hạn giải quyết')).toBeVisible()
  const newDate = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10)
  const apology = desk.locator('details[open]', { has: desk.getByLabel('Ngày hẹn trả mới') })
  await apology.getByLabel('Lý do').fill('Cần xác minh thêm thông tin tại địa phương')
  await apology.getByLabel('Ngày hẹn trả mới').fill(newDate)
  await desk.getByRole('button', { name: 'Gửi thư xin lỗi' }).click()
  await expect(desk.getByRole('status')).toContainText('mẫu 04')
  await desk.getByRole('link', { name: 'Phiếu xin lỗi và hẹn lại ngày trả kết quả' }).click()
  await expect(desk.getByText('Cần xác minh thêm thông tin tại địa phương')).toBeVisible()
})

test('a paper dossier is entered at the counter with its checklist, questions and delivery, and counted like the rest', async ({ browser }) => {
  const desk = await as(browser, clerk)
  await desk.goto('/mot-cua/tiep-nhan')
  await desk.getByLabel('Thủ tục').selectOption({ label: 'Đăng ký khai sinh (1.001193)' })
  await desk.getByRole('button', { name: 'Chọn thủ tục' }).click()
  await desk.getByLabel('Họ và tên').fill('Tô Văn Hiếu')
  await desk.getByLabel('Số định danh cá nhân (CCCD)').fill('089070001122')
  await desk.getByLabel('Số điện thoại di động').fill('0918222333')
  await desk.getByLabel('Địa chỉ liên hệ').fill('Số 9 Lý Thái Tổ, Phường Long Xuyên')
  await answerBirthQuestions(desk, { child: 'Tô Minh Triết', mother: 'Lâm Thị Mai', relation: 'CHA' }, { submit: false })
  await desk.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click()
  await expect(desk.getByRole('alert')).toContainText('Đánh dấu đã nhận giấy tờ bắt buộc') // the checklist is not ticked
  await expect(desk.getByLabel('Họ, chữ đệm và tên của trẻ')).toHaveValue('Tô Minh Triết') // nothing typed is lost
  await desk
    .getByRole('group', { name: /Tờ khai đăng ký khai sinh/ })
    .getByLabel('Đã nhận bản giấy')
    .check()
  await desk
    .getByRole('group', { name: /Giấy chứng sinh/ })
    .getByLabel('Bản quét')
    .setInputFiles(pdfUpload('chung-sinh.pdf'))
  await desk.getByLabel('Nhận qua dịch vụ bưu chính').check()
  await desk.getByLabel('Địa chỉ nhận kết quả qua bưu chính').fill('Số 9 Lý Thái Tổ, Phường Long Xuyên, An Giang')
  await desk.screenshot({ path: test.info().outputPath('counter-intake.png'), fullPage: true })
  await desk.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click()
  await expect(desk.getByText('Trực tiếp tại quầy').first()).toBeVisible()
  await expect(desk.locator('.tag').first()).toHaveText('Đã tiếp nhận')
  await expect(desk.getByText('Nhận qua dịch vụ bưu chính')).toBeVisible()
  await expect(desk.locator('.summary-list').nth(1)).toContainText('Tô Minh Triết')
  await expectAccessible(desk)
})

test('counter intake is not offered to a specialist', async ({ browser }) => {
  const officer = await as(browser, specialist)
  await officer.goto('/mot-cua')
  await expect(officer.getByRole('link', { name: 'Tiếp nhận hồ sơ giấy tại quầy' })).toHaveCount(0)
  expect((await officer.goto('/mot-cua/tiep-nhan'))?.status()).toBe(403)
})

test('a clerk of another agency cannot open this agency’s dossiers', async ({ browser }) => {
  const other = await as(browser, 'motcua.sotuphap@angiang.example')
  const desk = await as(browser, clerk)
  await desk.goto('/mot-cua?status=RECEIVED')
  const href = await desk.locator('table a').first().getAttribute('href')
  const response = await other.goto(href!)
  expect(response?.status()).toBe(404)
})
