import { competencies } from '../content/competencies'
import { questionBank } from '../content/question-bank'
import { analyzeText, type AnalyzedTerm } from './analyze'
import {
  createCompetencyModel,
  type CompetencyModel,
  type CompetencyModelInput,
  type InferredCompetency,
  type LabelledQuestion,
  questionWords,
} from './competency-model'
import { getLexicon, type Lexicon } from './vocabulary'

/** Questions longer than this are read only up to here: a pasted job ad must not freeze typing. */
export const QUESTION_ANALYSIS_CHARS = 2_000
/** Inferred competencies below this confidence are not reported or ranked by. */
export const MIN_COMPETENCY_CONFIDENCE = 0.12
const MAX_COMPETENCIES = 3

export interface QuestionAnalysis {
  /** The question as typed (trimmed). */
  text: string
  /** True when only the first QUESTION_ANALYSIS_CHARS characters were read. */
  truncated: boolean
  /** Content terms after boilerplate, filler, synonyms and spelling correction. */
  terms: AnalyzedTerm[]
  /** Competencies the question probes, most likely first. */
  competencies: InferredCompetency[]
  /** Words read as another word: "ambigous" → "ambiguous". */
  corrections: Array<{ from: string; to: string }>
}

/** The cues of every competency: the content file's question cues plus the search vocabulary's. */
export function competencyCues(lexicon: Lexicon): Record<string, string[]> {
  const cues: Record<string, string[]> = {}
  for (const competency of competencies) {
    cues[competency.id] = [
      ...competency.questionCues,
      ...(lexicon.vocabulary.competencyCues[competency.id] ?? []),
    ]
  }
  return cues
}

/**
 * How much a question word says about the topic, 0..1, learned from how many question-bank questions
 * use it: "team" or "project" appear in many questions and say little; "vendor" or "flaky" say a lot.
 * Words the bank never uses count fully.
 */
export interface TermInformativeness {
  (term: string): number
}

export function createInformativeness(questions: readonly string[], lexicon: Lexicon): TermInformativeness {
  return informativenessOf(questions.map((text) => analyzeText(text, lexicon, { mode: 'question' })))
}

function informativenessOf(analyzed: ReadonlyArray<readonly AnalyzedTerm[]>): TermInformativeness {
  const df = new Map<string, number>()
  for (const terms of analyzed) {
    const seen = new Set(terms.map((t) => t.term))
    for (const term of seen) df.set(term, (df.get(term) ?? 0) + 1)
  }
  const scale = Math.log(1 + analyzed.length)
  return (term) => {
    const count = df.get(term) ?? 0
    return count === 0 ? 1 : Math.max(0, 1 - Math.log(1 + count) / scale)
  }
}

let bankTerms: AnalyzedTerm[][] | undefined

/** The question bank's questions as search reads them, analysed once per process. */
export function getBankTerms(): readonly AnalyzedTerm[][] {
  bankTerms ??= questionBank.map((q) => analyzeText(q.text, getLexicon(), { mode: 'question' }))
  return bankTerms
}

let defaultInformativeness: TermInformativeness | undefined

export function getInformativeness(): TermInformativeness {
  defaultInformativeness ??= informativenessOf(getBankTerms())
  return defaultInformativeness
}

/** What each competency's own description says it is about: extra labelled text for the model. */
export function competencyDescriptions(): LabelledQuestion[] {
  return competencies.flatMap((c) => [
    { text: c.wants, competencies: [c.id] },
    ...c.checklist.map((item) => ({ text: item.label, competencies: [c.id] })),
  ])
}

export function defaultModelInput(lexicon: Lexicon): CompetencyModelInput {
  return { cues: competencyCues(lexicon), examples: [...questionBank, ...competencyDescriptions()] }
}

let defaultModel: CompetencyModel | undefined
export function getCompetencyModel(): CompetencyModel {
  const lexicon = getLexicon()
  defaultModel ??= createCompetencyModel(defaultModelInput(lexicon), lexicon)
  return defaultModel
}

export interface AnalyzeQuestionOptions {
  /** Spelling correction for one normalized word; returns the word itself when it is fine. */
  correct?: (word: string) => string
  model?: CompetencyModel
  lexicon?: Lexicon
}

/** Reads an interview question: what it is about and which competencies it probes. */
export function analyzeQuestion(question: string, options: AnalyzeQuestionOptions = {}): QuestionAnalysis {
  const lexicon = options.lexicon ?? getLexicon()
  const model = options.model ?? getCompetencyModel()
  const text = question.trim()
  const truncated = text.length > QUESTION_ANALYSIS_CHARS
  const read = truncated ? text.slice(0, QUESTION_ANALYSIS_CHARS) : text
  const corrections: Array<{ from: string; to: string }> = []
  const seen = new Set<string>()
  const correct = options.correct
    ? (word: string) => {
        const fixed = (options.correct as (w: string) => string)(word)
        if (fixed !== word && !seen.has(word)) {
          seen.add(word)
          corrections.push({ from: word, to: fixed })
        }
        return fixed
      }
    : undefined
  const terms = analyzeText(read, lexicon, { mode: 'question', correct })
  const inferred = model
    .infer(terms, questionWords(read))
    .filter((c) => c.confidence >= MIN_COMPETENCY_CONFIDENCE)
    .slice(0, MAX_COMPETENCIES)
    .map((c) => ({ id: c.id, confidence: Math.round(c.confidence * 100) / 100 }))
  return { text, truncated, terms, competencies: inferred, corrections }
}
