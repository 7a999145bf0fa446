/** A unique-constraint violation, whichever way the driver adapter reports it (P2002 or raw 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string; cause?: { code?: string } } | null
  return e?.code === 'P2002' || e?.cause?.code === '23505' || /23505|unique constraint/i.test(e?.message ?? '')
}
