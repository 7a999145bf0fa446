// Diacritic-insensitive text for search: "Đăng ký khai sinh" → "dang ky khai sinh".
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim()
}

/** Words of a query, folded, without one-letter noise. */
export function queryTerms(query: string): string[] {
  return foldVietnamese(query)
    .split(' ')
    .filter((term) => term.length > 1 || /\d/.test(term))
}
