// Orders catalogue matches for a query typed the way people type: without diacritics, with a small typo.
// Every word of the query must match a word of the procedure (exactly, as a prefix, or within one or two
// edits); then the national code typed exactly wins, names that start with or contain the whole phrase come
// next, and among equals what can be done online comes first.
import { foldVietnamese, queryTerms } from './search-text.ts'

export interface Searchable {
  code: string
  name: string
  searchText: string
  onlineLevel?: 'FULL' | 'PARTIAL' | 'NONE'
}

const ONLINE_BONUS = { FULL: 10, PARTIAL: 5, NONE: 0 }

/** Optimal string alignment distance, stopping early once it must exceed `max`. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false
  let before = Array.from({ length: b.length + 1 }, (_, j) => j)
  let previous = before
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      row.push(value)
      best = Math.min(best, value)
    }
    if (best > max) return false
    before = previous
    previous = row
  }
  return previous[b.length]! <= max
}

/** How many typos a word of this length may carry: none for short words, where a typo makes another word. */
function allowedEdits(term: string) {
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0
}

/** 1 for an exact or prefix match, 0.5 for a near miss, 0 for none. */
function termMatch(term: string, words: string[], text: string): number {
  if (text.includes(term)) return 1
  const edits = allowedEdits(term)
  if (edits === 0) return 0
  return words.some((word) => withinEdits(term, word, edits)) ? 0.5 : 0
}

export function score(item: Searchable, query: string, terms = queryTerms(query)): number | null {
  const words = item.searchText.split(' ')
  let points = 0
  for (const term of terms) {
    const match = termMatch(term, words, item.searchText)
    if (match === 0) return null
    points += match * 20
  }
  const phrase = foldVietnamese(query)
  const name = foldVietnamese(item.name)
  if (item.code === query.trim()) points += 1000
  if (name.startsWith(phrase)) points += 300
  else if (name.includes(phrase)) points += 200
  for (const term of terms) {
    const at = name.indexOf(term)
    if (at >= 0) points += 20 - Math.min(19, Math.floor(at / 5))
  }
  points += ONLINE_BONUS[item.onlineLevel ?? 'NONE']
  // Shorter names are more likely the procedure meant ("Đăng ký khai sinh" before its variants).
  return points - name.length / 100
}

export function rank<T extends Searchable>(items: T[], query: string): T[] {
  const terms = queryTerms(query)
  const scored: { item: T; points: number }[] = []
  for (const item of items) {
    const points = score(item, query, terms)
    if (points !== null) scored.push({ item, points })
  }
  return scored.sort((a, b) => b.points - a.points || a.item.name.localeCompare(b.item.name, 'vi')).map(({ item }) => item)
}
