// A citizen driving the portal over HTTP, as a browser without JavaScript would: cookies, same-origin posts,
// redirects read by hand. Used by the crash-safety test and the load bench, never by the app.
import { randomInt } from 'node:crypto'
import { performance } from 'node:perf_hooks'

export const PDF = new TextEncoder().encode('%PDF-1.4\n% portal-client\n')

/** A valid CCCD of An Giang (089), random enough for parallel runs. */
export function randomNationalId() {
  return `0890${String(randomInt(0, 1e8)).padStart(8, '0')}`
}

export class PortalClient {
  private cookies = new Map<string, string>()
  /** Told of every exchange: status and milliseconds to the last byte. */
  observe: (status: number, ms: number) => void = () => {}
  /** `address`: the client address to claim (X-Forwarded-For, honoured with TRUST_PROXY=1), as many citizens have. */
  constructor(
    readonly baseUrl: string,
    readonly address?: string,
  ) {}

  /** The cookies this client holds, as a Cookie header. */
  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  async send(path: string, form?: FormData | URLSearchParams) {
    const started = performance.now()
    const response = await fetch(new URL(path, this.baseUrl), {
      method: form ? 'POST' : 'GET',
      body: form,
      redirect: 'manual',
      headers: { Cookie: this.cookieHeader(), Origin: new URL(this.baseUrl).origin, ...(this.address && { 'X-Forwarded-For': this.address }) },
    })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';')
      const [name, value] = pair!.split('=')
      this.cookies.set(name!, value ?? '')
    }
    const body = await response.text()
    this.observe(response.status, performance.now() - started)
    return { status: response.status, location: response.headers.get('Location'), body }
  }

  /** A post that must redirect; returns where to. */
  async postExpectingRedirect(path: string, body: FormData | URLSearchParams) {
    const { status, location } = await this.send(path, body)
    if (status !== 302 || !location) throw new Error(`POST ${path}: ${status}, expected a redirect`)
    return location
  }

  /** Registers, confirming with the code the sandbox SMS gateway received for the phone (SMS_SANDBOX must be on). */
  async register(fullName = 'Nguyễn Văn Tải') {
    const nationalId = randomNationalId()
    const phone = `09${nationalId.slice(-8)}`
    await this.postExpectingRedirect(
      '/dang-ky',
      new URLSearchParams({ fullName, nationalId, phone, email: `tai.${nationalId}@example.com`, password: 'mat-khau-tai', confirmPassword: 'mat-khau-tai' }),
    )
    const code = await this.smsCode(phone)
    await this.postExpectingRedirect('/dang-ky/xac-nhan', new URLSearchParams({ code }))
    return nationalId
  }

  /** The newest six-digit code the sandbox SMS gateway holds for a phone, waiting for the job queue to deliver it. */
  async smsCode(phone: string) {
    for (let tries = 0; tries < 100; tries++) {
      const newest = (await this.send(`/tin-nhan/sandbox?so=${phone}`)).body.split('<tbody>')[1]?.split('</tr>')[0]
      const code = newest?.match(/\b\d{6}\b/)?.[0]
      if (code) return code
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`no code reached ${phone}`)
  }

  /** Opens a draft of a procedure that asks one question, fills every step and submits; returns the dossier id. */
  async fileDossier(procedureCode: string) {
    const start = await this.send(`/ho-so/nop/${procedureCode}`)
    const step = start.location?.match(/^\/ho-so\/([^/]+)\/nguoi-nop$/)
    if (!step) throw new Error(`start ${procedureCode}: ${start.status}`)
    const id = step[1]!
    await this.postExpectingRedirect(`/ho-so/${id}/nguoi-nop`, new URLSearchParams({ address: 'Số 1 Tôn Đức Thắng, Phường Long Xuyên' }))
    await this.postExpectingRedirect(`/ho-so/${id}/thong-tin`, new URLSearchParams({ request: 'Đề nghị cấp bản sao trích lục' }))
    const page = (await this.send(`/ho-so/${id}/giay-to`)).body
    const uploads = new FormData()
    for (const [, slot] of page.matchAll(/name="(file-[^"]+)"/g)) uploads.append(slot!, new Blob([PDF], { type: 'application/pdf' }), 'giay-to.pdf')
    await this.postExpectingRedirect(`/ho-so/${id}/giay-to`, uploads)
    const review = (await this.send(`/ho-so/${id}/kiem-tra`)).body
    const submitKey = review.match(/name="submitKey" value="([^"]+)"/)?.[1]
    if (!submitKey) throw new Error(`review ${id}: no submit key`)
    return { id, submit: () => this.postExpectingRedirect(`/ho-so/${id}/kiem-tra`, new URLSearchParams({ submitKey })) }
  }
}
