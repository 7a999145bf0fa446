// Decision 766/QĐ-TTg (2022) scores a province's service to citizens in six groups of indicators. Five of
// them follow from the dossiers and are scored here; publicity ("công khai, minh bạch", 18 points) is
// judged on the published catalogue by the ministry and is left out (ADR 008).
import type { Headline } from './indicators.ts'

export const SCORE_GROUPS = {
  progress: 20,
  onlineService: 12,
  payment: 10,
  digitisation: 22,
  satisfaction: 18,
} as const
export type ScoreGroup = keyof typeof SCORE_GROUPS

export interface Score {
  group: ScoreGroup
  points: number | null
  max: number
}

const scaled = (max: number, ratio: number | null) => (ratio === null ? null : Math.round(max * ratio * 100) / 100)

/** Each group's points in proportion to its indicator; null when the period has nothing to judge it by. */
export function scores(h: Headline): { groups: Score[]; total: number; max: number } {
  const judged = h.resolved + h.inProgress
  const ratios: Record<ScoreGroup, number | null> = {
    // Decided on time, or still within time, among everything decided or being worked on.
    progress: judged === 0 ? null : (h.early + h.onTime + h.inProgressInTime) / judged,
    onlineService: h.onlineShare,
    payment: h.paidOnlineShare,
    digitisation: h.digitisedShare,
    satisfaction: h.satisfactionShare,
  }
  const groups = (Object.keys(SCORE_GROUPS) as ScoreGroup[]).map((group) => ({ group, points: scaled(SCORE_GROUPS[group], ratios[group]), max: SCORE_GROUPS[group] }))
  const scored = groups.filter((g) => g.points !== null)
  return { groups, total: Math.round(scored.reduce((sum, g) => sum + g.points!, 0) * 100) / 100, max: scored.reduce((sum, g) => sum + g.max, 0) }
}
