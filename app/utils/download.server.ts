/** Headers for serving a stored file: its real type, always as a download (nosniff is on every response, server/app.ts). */
export function attachmentHeaders(file: { fileName: string; contentType: string; size: number }, cacheControl = 'private, no-store') {
  const ascii =
    file.fileName
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '') || 'file'
  return {
    'Content-Type': file.contentType,
    'Content-Length': String(file.size),
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'Cache-Control': cacheControl,
  }
}
