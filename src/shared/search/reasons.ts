import { competencyById } from '../content/competencies'
import type { ScopeAssessment } from '../scope/assess'
import type { TargetLevel } from '../story/levels'
import { analyzeText } from './analyze'
import { fieldText, SEARCH_FIELDS, type IndexedStory, type SearchField, type TermDictionary } from './index'
import type { QuestionAnalysis } from './question'
import type { Lexicon } from './vocabulary'

export interface MatchedTerm {
  term: string
  /** The story's own words for it, as normalized. */
  words: string[]
  /** The first occurrence as it reads ("pushed back"), for sentences. */
  display: string
  fields: SearchField[]
}

/** Bits of SEARCH_FIELDS where the indexed story has at least one of the terms. */
function fieldsWithTerms(
  doc: IndexedStory,
  queryTerms: ReadonlySet<string>,
  dictionary: TermDictionary,
): number {
  const ids = new Set<number>()
  for (const term of queryTerms) {
    const id = dictionary.ids.get(term)
    if (id !== undefined) ids.add(id)
  }
  let mask = 0
  for (let i = 0; i < doc.termIds.length; i++) {
    if (ids.has(doc.termIds[i] as number)) mask |= doc.fields[i] as number
  }
  return mask
}

/**
 * Which question terms a story contains, in the story's own words and fields (for highlight and why).
 * Given the index's dictionary, only the fields the index says hold a question term are read again.
 */
export function matchedWords(
  doc: IndexedStory,
  queryTerms: ReadonlySet<string>,
  lexicon: Lexicon,
  dictionary?: TermDictionary,
): MatchedTerm[] {
  const byTerm = new Map<string, MatchedTerm>()
  const fields = dictionary ? fieldsWithTerms(doc, queryTerms, dictionary) : -1
  for (const [bit, field] of SEARCH_FIELDS.entries()) {
    if (!(fields & (1 << bit))) continue
    const text = fieldText(doc.story, field)
    if (!text) continue
    for (const analyzed of analyzeText(text, lexicon, { mode: 'story' })) {
      if (!queryTerms.has(analyzed.term)) continue
      let match = byTerm.get(analyzed.term)
      if (!match)
        byTerm.set(
          analyzed.term,
          (match = { term: analyzed.term, words: [], display: analyzed.words.join(' '), fields: [] }),
        )
      for (const word of analyzed.words) if (!match.words.includes(word)) match.words.push(word)
      if (!match.fields.includes(field)) match.fields.push(field)
    }
  }
  return [...byTerm.values()]
}

const FIELD_WORDS: Record<SearchField, string> = {
  title: 'title',
  tags: 'tags',
  situation: 'situation',
  task: 'task',
  action: 'action',
  result: 'result',
  learnings: 'learnings',
  metrics: 'metrics',
  company: 'company',
  role: 'role',
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}

function competencyName(id: string): string {
  return competencyById(id)?.name ?? id
}

export interface ExplainInput {
  doc: IndexedStory
  analysis: QuestionAnalysis
  matchedTerms: readonly MatchedTerm[]
  /** The question's competencies this story shows. */
  competencies: readonly string[]
  scope: ScopeAssessment
  level: TargetLevel
  /** 0 for the first result. */
  position: number
  /** 0..1: how much of the question the best story covers. */
  topicStrength: number
  /** The question asks for the biggest example: size decides. */
  scopeSeeking?: boolean
}

/** "company-wide reach, 18 teams, 120 people": the scope facts the story states. */
function scopeFacts(scope: ScopeAssessment): string {
  return [
    scope.reach ? `${scope.reach} reach` : '',
    scope.teams ? `${scope.teams} ${scope.teams === 1 ? 'team' : 'teams'}` : '',
    scope.people ? `${scope.people} ${scope.people === 1 ? 'person' : 'people'}` : '',
    scope.durationWeeks ? `${Math.round(scope.durationWeeks)} weeks` : '',
  ]
    .filter(Boolean)
    .join(', ')
}

/** Why a story ranked where it did, in plain sentences. */
export function explain(input: ExplainInput): string[] {
  const reasons: string[] = []
  const { competencies, matchedTerms, scope, level } = input
  const facts = scopeFacts(scope)
  if (input.scopeSeeking) {
    reasons.push(
      facts
        ? `The question asks for your biggest example, so size counts most: ${facts}.`
        : 'The question asks for your biggest example; this story does not state its scope, so it ranks on the rest.',
    )
  }
  if (competencies.length > 0) {
    const names = competencies.map(competencyName)
    reasons.push(`Shows ${list(names)}, which this question probes.`)
  } else if (input.analysis.competencies.length > 0) {
    const wanted = input.analysis.competencies.slice(0, 2).map((c) => competencyName(c.id))
    const basis = matchedTerms.length > 0 ? 'its words' : input.scopeSeeking ? 'its size' : 'its scope'
    reasons.push(`Not tagged with what the question probes (${list(wanted)}); it ranks on ${basis}.`)
  }
  // With no shared word, a measured result is the best evidence of impact the story carries.
  const metric = input.doc.story.metrics.find((m) => m.trim())
  if (metric && (matchedTerms.length === 0 || input.scopeSeeking)) {
    reasons.push(`Has a measured result: “${metric.trim()}”.`)
  }
  if (matchedTerms.length > 0) {
    const words = matchedTerms.slice(0, 6).map((m) => `“${m.display}”`)
    const fields = [...new Set(matchedTerms.flatMap((m) => m.fields))].slice(0, 4).map((f) => FIELD_WORDS[f])
    reasons.push(`Mentions ${list(words)} in its ${list(fields)}.`)
  }
  const levelWord = level.charAt(0).toUpperCase() + level.slice(1)
  if (scope.smallForLevel) {
    const why = scope.reasons[0] ? ` ${scope.reasons[0]}` : ''
    reasons.push(`May be small for a ${levelWord} interview.${why}`)
    if (input.position === 0 && input.topicStrength >= 0.5) {
      reasons.push(
        'It is first because it is about exactly what the question asks; lead with a bigger story if you have one.',
      )
    }
  } else if (scope.reach) {
    reasons.push(`Scope fits ${levelWord}: ${scope.reasons[0] ?? `reach is ${scope.reach}.`}`)
  }
  return reasons
}
