import { z } from 'zod'
import vocabularyJson from '../../../content/vocabulary.json'
import { isParticle, isStopWord, termKey, tokenize } from '../text/tokenize'

const VocabularySchema = z.object({
  boilerplate: z.array(z.string()),
  questionFiller: z.array(z.string()),
  synonyms: z.array(z.array(z.string()).min(1)),
  competencyCues: z.record(z.string(), z.array(z.string())),
  /** Words asking for the biggest example ("your largest project"): scope then weighs much more. */
  scopeSeeking: z.array(z.string()).default([]),
})
export type Vocabulary = z.infer<typeof VocabularySchema>

/** What a phrase turns into: a canonical term, or nothing (interview boilerplate). */
export type PhraseOutput = { kind: 'term'; term: string } | { kind: 'drop' }

export interface PhraseNode {
  children: Map<string, PhraseNode>
  output?: PhraseOutput
}

/** The matching keys of a phrase: stop words dropped, each word reduced by termKey. */
export function phraseKeys(phrase: string): string[] {
  const words = tokenize(phrase)
  const content = words.filter((t) => !isStopWord(t))
  if (content.length !== 1 || !words.some(isParticle)) return content.map(termKey)
  // "ramp up", "say no", "on call" would shrink to "ramp", "say", "call": their particle stays.
  return words.filter((t) => !isStopWord(t) || isParticle(t)).map(termKey)
}

/** The term a multi-word phrase stands for when it has no synonym group of its own. */
export function phraseTerm(keys: readonly string[]): string {
  return keys.join('_')
}

function addPhrase(root: PhraseNode, keys: readonly string[], output: PhraseOutput): void {
  let node = root
  for (const key of keys) {
    let next = node.children.get(key)
    if (!next) {
      next = { children: new Map() }
      node.children.set(key, next)
    }
    node = next
  }
  // The first mapping wins, so a word listed in two groups keeps its earlier meaning.
  node.output ??= output
}

export interface Lexicon {
  /** Single-word key → canonical term. */
  synonyms: Map<string, string>
  /** Multi-word phrases of stories and questions alike (synonyms and concepts). */
  phrases: PhraseNode
  /** The same plus interview boilerplate, which questions drop. */
  questionPhrases: PhraseNode
  /** Keys dropped from questions only: "time", "example", "describe"… */
  questionFiller: Set<string>
  /** Every normalized word the vocabulary knows: spelling corrections aim at these. */
  knownWords: Set<string>
  /** Every key the vocabulary knows: a word with one of these keys is never "corrected". */
  knownKeys: Set<string>
  vocabulary: Vocabulary
}

export function createLexicon(vocabulary: Vocabulary): Lexicon {
  const synonyms = new Map<string, string>()
  const phrases: PhraseNode = { children: new Map() }
  const questionPhrases: PhraseNode = { children: new Map() }
  const knownWords = new Set<string>()
  const knownKeys = new Set<string>()
  const remember = (text: string) => {
    for (const word of tokenize(text)) {
      if (isStopWord(word)) continue
      knownWords.add(word)
      knownKeys.add(termKey(word))
    }
  }

  for (const group of vocabulary.synonyms) {
    const canonicalKeys = phraseKeys(group[0] ?? '')
    if (canonicalKeys.length === 0) continue
    const canonical = phraseTerm(canonicalKeys)
    for (const member of group) {
      remember(member)
      const keys = phraseKeys(member)
      // "did not work" would shrink to "work" once stop words go: such a phrase cannot be matched safely.
      if (keys.length === 0 || (keys.length === 1 && tokenize(member).length > 1)) continue
      if (keys.length === 1) {
        const key = keys[0] as string
        if (!synonyms.has(key)) synonyms.set(key, canonical)
      } else {
        addPhrase(phrases, keys, { kind: 'term', term: canonical })
        addPhrase(questionPhrases, keys, { kind: 'term', term: canonical })
      }
    }
  }
  for (const cues of Object.values(vocabulary.competencyCues)) {
    for (const cue of cues) remember(cue)
  }
  // Boilerplate comes after the synonyms so that "time pressure" stays a deadline, not "time" + filler.
  for (const phrase of vocabulary.boilerplate) {
    const keys = phraseKeys(phrase)
    if (keys.length > 0) addPhrase(questionPhrases, keys, { kind: 'drop' })
  }
  const questionFiller = new Set(vocabulary.questionFiller.map((w) => termKey(w)))
  return { synonyms, phrases, questionPhrases, questionFiller, knownWords, knownKeys, vocabulary }
}

let defaultLexicon: Lexicon | undefined

/** The lexicon built from content/vocabulary.json, built once. */
export function getLexicon(): Lexicon {
  defaultLexicon ??= createLexicon(VocabularySchema.parse(vocabularyJson))
  return defaultLexicon
}
