import { expect, test, type Page } from '@playwright/test'
import { ACCOUNTS } from '../prisma/seed/accounts.ts'
import { answerBirthQuestions, expectAccessible, logIn, pdfUpload, registerCitizen } from './helpers.ts'

const citizen = ACCOUNTS.find((a) => a.email === 'binh.tran@example.com')!

const answerQuestions = (page: Page) => answerBirthQuestions(page, { child: 'Trần Gia Bảo', mother: 'Trần Thị Bình', relation: 'ME' })

test.describe('filing a dossier', () => {
  test.describe.configure({ mode: 'serial' })

  test('search, start, leave, resume, upload, submit, see the code and look it up', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'the phone journey; the desktop project runs it without JavaScript below')
    // Search without diacritics and open the procedure.
    await page.goto('/thu-tuc?q=dang+ky+khai+sinh')
    await page.locator('.results a', { hasText: /^Đăng ký khai sinh$/ }).click()
    await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click()
    // Logging in brings the person back to the filing they started.
    await expect(page).toHaveURL(/dang-nhap/)
    await page.getByLabel('Số định danh cá nhân hoặc thư điện tử').fill(citizen.nationalId!)
    await page.getByLabel('Mật khẩu', { exact: true }).fill('Demo@2026')
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Thông tin người nộp' })).toBeVisible()
    await expect(page.locator('main').getByText(citizen.fullName)).toBeVisible() // prefilled, never asked twice
    await expectAccessible(page)
    await page.getByLabel('Cơ quan giải quyết').selectOption({ label: 'Ủy ban nhân dân Xã Giồng Riềng' })
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()

    // A wrong answer is caught at the field; the rest of what was typed stays.
    await page.getByLabel('Họ, chữ đệm và tên của trẻ').fill('Trần Gia Bảo')
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
    await expect(page.getByRole('alert')).toContainText('Trả lời câu hỏi này')
    await expect(page.getByLabel('Họ, chữ đệm và tên của trẻ')).toHaveValue('Trần Gia Bảo')
    await answerQuestions(page)
    await expect(page.getByRole('heading', { name: 'Thành phần hồ sơ' })).toBeVisible()

    // Leave, log out, log in again: the draft is in "My dossiers" and resumes with its answers.
    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await logIn(page, citizen.email)
    await page.getByRole('link', { name: 'Tiếp tục soạn' }).first().click()
    // It opens where the person stopped; the steps before keep what was typed.
    await expect(page.getByRole('heading', { name: 'Thành phần hồ sơ' })).toBeVisible()
    await page.getByRole('link', { name: 'Quay lại' }).click()
    await expect(page.getByLabel('Nơi sinh')).toHaveValue('Bệnh viện Sản Nhi An Giang')
    await page.getByRole('link', { name: 'Quay lại' }).click()
    await expect(page.getByLabel('Địa chỉ liên hệ')).toHaveValue(citizen.address!)
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
    await expect(page.getByRole('heading', { name: 'Thông tin đề nghị' })).toBeVisible()
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()

    // A renamed executable and an oversize file are refused; nothing else is lost.
    await page.getByLabel('Tờ khai đăng ký khai sinh').setInputFiles({ name: 'to-khai.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 not a pdf') })
    await page.getByLabel('Giấy chứng sinh hoặc văn bản').setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(11 * 1024 * 1024)]) })
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
    await expect(page.locator('#error-summary-title')).toBeVisible()
    await expect(page.getByText('Tệp phải là PDF, JPG hoặc PNG').first()).toBeVisible()
    await expect(page.getByText('Tệp phải nhỏ hơn 10 MB').first()).toBeVisible()
    await expectAccessible(page)

    // Two good documents.
    await page.getByLabel('Tờ khai đăng ký khai sinh').setInputFiles(pdfUpload('to-khai-khai-sinh.pdf'))
    await page.getByLabel('Giấy chứng sinh hoặc văn bản').setInputFiles(pdfUpload('giay-chung-sinh.pdf'))
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
    await expect(page.getByRole('heading', { name: 'Kiểm tra trước khi nộp' })).toBeVisible()
    await expect(page.getByText('giay-chung-sinh.pdf')).toBeVisible()
    await expectAccessible(page)

    // Submit twice quickly: one dossier, one code.
    const submit = page.getByRole('button', { name: 'Nộp hồ sơ' })
    await submit.dblclick()
    await expect(page.getByRole('heading', { name: 'Hồ sơ đã được nộp' })).toBeVisible()
    const code = (await page.locator('.confirmation__code').textContent())!.trim()
    expect(code).toMatch(/^000\.\d{2}\.\d{2}\.H01-\d{6}-\d{4}$/)
    await expectAccessible(page)
    const receipt = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Tải giấy biên nhận hồ sơ (PDF)' }).click()
    expect((await receipt).suggestedFilename()).toBe(`bien-nhan-${code}.pdf`)
    await page.goto('/ho-so')
    await expect(page.getByRole('link', { name: code })).toHaveCount(1)

    // Public lookup needs the code and the phone; the code alone shows nothing.
    await page.getByRole('button', { name: 'Đăng xuất' }).click()
    await page.goto('/tra-cuu')
    await page.getByLabel('Mã hồ sơ').fill(code)
    await page.getByLabel('Số điện thoại hoặc số định danh cá nhân của người nộp').fill('0900000000')
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await expect(page.getByRole('alert')).toContainText('Không tìm thấy hồ sơ')
    await page.getByLabel('Số điện thoại hoặc số định danh cá nhân của người nộp').fill(citizen.phone)
    await page.getByRole('button', { name: 'Tra cứu' }).click()
    await expect(page.getByRole('status').filter({ hasText: code })).toContainText('Mới nộp')
    await expectAccessible(page)
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the same filing works with plain forms', async ({ page, isMobile }) => {
    test.skip(isMobile, 'run once, on the desktop project')
    await registerCitizen(page)
    await page.goto('/ho-so/nop/1.001193')
    await page.getByLabel('Địa chỉ liên hệ').fill('Số 25 Hai Bà Trưng, Phường Long Xuyên')
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
    await expect(page.locator('#childName-error')).toContainText('Trả lời câu hỏi này')
    await answerQuestions(page)
    await page.getByLabel('Tờ khai đăng ký khai sinh').setInputFiles(pdfUpload('to-khai.pdf'))
    await page.getByLabel('Giấy chứng sinh hoặc văn bản').setInputFiles(pdfUpload('chung-sinh.pdf'))
    await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click()
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click()
    await expect(page.getByRole('heading', { name: 'Hồ sơ đã được nộp' })).toBeVisible()
    await expect(page.locator('.confirmation__code')).toHaveText(/H01-\d{6}-\d{4}/)
  })
})
