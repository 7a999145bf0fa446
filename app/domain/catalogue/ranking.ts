// Orders catalogue matches: the national code typed exactly, then names that start with or contain the
// whole phrase, then how early the words appear; among equals, what can be done online comes first.
import { foldVietnamese, queryTerms } from './search-text.ts'

export interface Searchable {
  code: string
  name: string
  searchText: string
  onlineLevel?: 'FULL' | 'PARTIAL' | 'NONE'
}

const ONLINE_BONUS = { FULL: 10, PARTIAL: 5, NONE: 0 }

export function matchesAll(item: Searchable, terms: string[]): boolean {
  return terms.every((term) => item.searchText.includes(term))
}

export function score(item: Searchable, query: string): number {
  const phrase = foldVietnamese(query)
  const name = foldVietnamese(item.name)
  let points = 0
  if (item.code === query.trim()) points += 1000
  if (name.startsWith(phrase)) points += 300
  else if (name.includes(phrase)) points += 200
  for (const term of queryTerms(query)) {
    const at = name.indexOf(term)
    if (at >= 0) points += 20 - Math.min(19, Math.floor(at / 5))
  }
  points += ONLINE_BONUS[item.onlineLevel ?? 'NONE']
  // Shorter names are more likely the procedure meant ("Đăng ký khai sinh" before its variants).
  return points - name.length / 100
}

export function rank<T extends Searchable>(items: T[], query: string): T[] {
  const terms = queryTerms(query)
  return items
    .filter((item) => matchesAll(item, terms))
    .map((item) => ({ item, points: score(item, query) }))
    .sort((a, b) => b.points - a.points || a.item.name.localeCompare(b.item.name, 'vi'))
    .map(({ item }) => item)
}
