// Disk trouble said in one line: a read-only or full DATA_DIR must name the directory and the cause, never a
// stack trace or a bare 500.
const CAUSES: Record<string, string> = {
  EROFS: 'is on a read-only file system',
  EACCES: 'is not writable by this user',
  EPERM: 'is not writable by this user',
  ENOSPC: 'is full (no space left on the device)',
  EDQUOT: 'is full (disk quota exceeded)',
}

/** The code of a file-system error that means "cannot write here", else null. */
export function unwritableCode(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code
  return code && code in CAUSES ? code : null
}

export function describeFsError(error: unknown, dir: string): string {
  const code = unwritableCode(error)
  if (code) return `DATA_DIR ${dir} ${CAUSES[code]} (${code}): the embedded database and uploaded files need a writable directory with free space.`
  return `DATA_DIR ${dir}: ${(error as Error).message}`
}
