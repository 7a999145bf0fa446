// A dossier as the national public service portal receives it (docs/domain.md §8): the national status codes of
// docs/domain.md §3, times as yyyyMMddHHmmss in Vietnam, the applicant's identity document, and the changes not yet
// accepted as the processing log. Field names follow the exchange a province's one-stop system uses
// (MaHoSo, MaTTHC, TrangThaiHoSo, NgayTiepNhan, QuaTrinhXuLy…).
import type { DossierStatus } from '../dossier/status.ts'
import { NATIONAL_SYNC_CODE } from '../dossier/status.ts'

export interface DossierForSync {
  code: string
  status: DossierStatus
  channel: 'ONLINE' | 'COUNTER' | 'SUPPORT_POINT'
  procedure: { code: string; name: string; field: { code: string; name: string } }
  agency: { code: string; name: string }
  applicantName: string | null
  applicantNationalId: string | null
  applicantPhone: string | null
  applicantEmail: string | null
  submittedAt: Date | null
  receivedAt: Date | null
  dueAt: Date | null
  resolvedAt: Date | null
  returnedAt: Date | null
}

export interface ChangeForSync {
  status: Exclude<DossierStatus, 'DRAFT'>
  changedAt: Date
}

/** 1 at the counter, 2 online, 3 through a support point (the national channel codes). */
export const CHANNEL_CODE = { COUNTER: '1', ONLINE: '2', SUPPORT_POINT: '3' } as const

const OFFSET_MS = 7 * 60 * 60 * 1000

/** yyyyMMddHHmmss in Asia/Ho_Chi_Minh; empty when unknown. */
export function nationalTime(date: Date | null): string {
  return date ? new Date(date.getTime() + OFFSET_MS).toISOString().replace(/\D/g, '').slice(0, 14) : ''
}

export function nationalRecord(dossier: DossierForSync, changes: ChangeForSync[]) {
  const code = (status: DossierStatus) => (status === 'DRAFT' ? '' : String(NATIONAL_SYNC_CODE[status]))
  return {
    MaHoSo: dossier.code,
    MaTTHC: dossier.procedure.code,
    TenTTHC: dossier.procedure.name,
    MaLinhVuc: dossier.procedure.field.code,
    TenLinhVuc: dossier.procedure.field.name,
    KenhThucHien: CHANNEL_CODE[dossier.channel],
    ChuHoSo: dossier.applicantName ?? '',
    DinhDanhCHS: dossier.applicantNationalId ? [{ LoaiDinhDanh: '1', SoDinhDanh: dossier.applicantNationalId }] : [],
    SoDienThoai: dossier.applicantPhone ?? '',
    EmailChuHoSo: dossier.applicantEmail ?? '',
    MaDinhDanh: dossier.agency.code,
    DonViXuLy: dossier.agency.name,
    TrangThaiHoSo: code(dossier.status),
    NgayNopHoSo: nationalTime(dossier.submittedAt),
    NgayTiepNhan: nationalTime(dossier.receivedAt),
    NgayHenTra: nationalTime(dossier.dueAt),
    NgayKetThucXuLy: nationalTime(dossier.resolvedAt),
    NgayTra: nationalTime(dossier.returnedAt),
    QuaTrinhXuLy: changes.map((change) => ({ TrangThai: code(change.status), ThoiDiemXuLy: nationalTime(change.changedAt) })),
  }
}
export type NationalRecord = ReturnType<typeof nationalRecord>
