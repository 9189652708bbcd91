import type { SearchResponse } from './rank'
import { STRENGTH_WORDS } from './strength'

/** The machine-readable answer of `story-vault search --json` (one object per question). */
export interface SearchJson {
  question: string
  level: string
  competencies: Array<{ id: string; confidence: number }>
  results: Array<{
    id: string
    title: string
    score: number
    /** How well the story answers the question on its own: strong, partial or weak. */
    strength: SearchResponse['results'][number]['strength']
    fit: number
    competencies: string[]
    matched: string[]
    scope: SearchResponse['results'][number]['scope']
    reasons: string[]
    smallForLevel: boolean
  }>
  message?: string
}

export function toSearchJson(response: SearchResponse, level: string): SearchJson {
  return {
    question: response.question,
    level,
    competencies: response.competencies,
    results: response.results.map((r) => ({
      id: r.id,
      title: r.title,
      score: r.score,
      strength: r.strength,
      fit: r.fit,
      competencies: r.competencies,
      matched: r.matched,
      scope: r.scope,
      reasons: r.reasons,
      smallForLevel: r.smallForLevel,
    })),
    ...(response.message ? { message: response.message } : {}),
  }
}

/** The answer as a person reads it in a terminal: a numbered list with the reasons under each story. */
export function formatSearchText(response: SearchResponse, level: string): string {
  const lines: string[] = []
  const probes = response.competencies.map((c) => `${c.id} ${Math.round(c.confidence * 100)}%`)
  lines.push(
    `Question: ${response.question.length > 200 ? `${response.question.slice(0, 200)}…` : response.question}`,
  )
  lines.push(`Level: ${level}${probes.length ? `   Probes: ${probes.join(', ')}` : ''}`)
  if (response.analysis.corrections.length) {
    lines.push(`Read as: ${response.analysis.corrections.map((c) => `${c.from} → ${c.to}`).join(', ')}`)
  }
  if (response.analysis.truncated) lines.push('Only the start of this long question was read.')
  lines.push('')
  if (response.message) lines.push(response.message)
  response.results.forEach((r, i) => {
    const warning = r.smallForLevel ? `  [small for ${level}]` : ''
    lines.push(
      `${i + 1}. ${r.title}  (${r.id}, ${STRENGTH_WORDS[r.strength]}, score ${r.score.toFixed(2)})${warning}`,
    )
    lines.push(`   Scope: ${r.scope.summary}`)
    for (const reason of r.reasons) lines.push(`   - ${reason}`)
  })
  return `${lines.join('\n')}\n`
}
