import { competencyName } from '../competencies/framework'
import { interviewPrep } from '../content'
import { LEVEL_WORDS, REACH_WORDS } from '../scope/wording'
import type { TargetLevel } from '../story/levels'
import type { Story } from '../story/schema'
import { pickStories, type PickReason } from './pick'
import { lensNamesFor } from './presets'
import type { SheetLayout, SheetSpec, PaperSize } from './schema'
import { chooseSentences, clauses } from './choose'
import { firstSentence, numberBearingSentence, sentences } from './text'

export interface StarBullet {
  label: 'S' | 'T' | 'A' | 'R'
  text: string
}

export interface SheetStory {
  id: string
  title: string
  hook: string
  star: StarBullet[]
  metric: string | null
  learning: string
  /** "several teams · 14 people · 20 weeks". */
  scope: string
}

export interface SheetEntry {
  competency: string
  competencyName: string
  /** The company's names for this competency when the sheet uses a lens ("Ownership", "Dive Deep"). */
  lensNames: string[]
  /** null: no story demonstrates this competency yet. */
  story: SheetStory | null
  reason: PickReason
  smallForLevel: boolean
  /** Stories the person can swap to, best first. */
  alternatives: { id: string; title: string }[]
}

export interface SheetContent {
  heading: string
  subheading: string
  level: TargetLevel
  layout: SheetLayout
  paper: PaperSize
  entries: SheetEntry[]
  beforeTrouble: string[]
  questionsToAsk: string[]
}

/**
 * Words kept per part of a story, for a one-page sheet of eight stories; fewer stories on the page get
 * proportionally more (up to twice), so five stories use the page instead of leaving a third blank.
 * Whole sentences are chosen to fit (choose.ts); the PDF is then scaled to fill exactly one page.
 */
const WORDS = {
  'one-page': {
    hook: 20,
    bullet: { S: 15, T: 15, A: 24, R: 20 },
    learning: 16,
    metric: 12,
    short: 60,
  },
  detailed: {
    hook: 30,
    bullet: { S: 50, T: 40, A: 70, R: 50 },
    learning: 45,
    metric: 20,
    short: 90,
  },
} as const

/** The one-page budgets are set for this many stories. */
const ONE_PAGE_STORIES = 8

/** How much more room each story gets when the page holds fewer stories. */
export function roomFactor(layout: SheetLayout, storiesOnPage: number): number {
  if (layout !== 'one-page') return 1
  return Math.min(2, Math.max(0.75, ONE_PAGE_STORIES / Math.max(1, storiesOnPage)))
}

const STAR_FIELDS = [
  ['S', 'situation'],
  ['T', 'task'],
  ['A', 'action'],
  ['R', 'result'],
] as const

function scopeLine(story: Story): string {
  const parts = [
    story.reach ? REACH_WORDS[story.reach] : '',
    story.teams ? `${story.teams} ${story.teams === 1 ? 'team' : 'teams'}` : '',
    story.people ? `${story.people} people` : '',
    story.durationWeeks ? `${story.durationWeeks} weeks` : '',
    story.year ? String(story.year) : '',
  ]
  return parts.filter(Boolean).join(' · ')
}

export function sheetStory(story: Story, layout: SheetLayout, storiesOnPage = ONE_PAGE_STORIES): SheetStory {
  const words = WORDS[layout]
  const room = roomFactor(layout, storiesOnPage)
  const budget = (n: number) => Math.round(n * room)
  const short = story.shortVersion.trim()
  const hookSource = story.result.trim() ? story.result : firstSentence(story.situation) || story.title
  const hook = short
    ? chooseSentences(short, budget(words.short))
    : chooseSentences(hookSource, budget(words.hook))
  // The hook already says its result sentences aloud; the R bullet carries the others.
  const said = sentences(story.result).filter((sentence) =>
    [sentence, ...clauses(sentence)].some((part) => hook.includes(part.replace(/[.!?…]+$/u, ''))),
  )
  const star: StarBullet[] = []
  // The 30-second version, when the person wrote one, is what they will say: it replaces the bullets.
  if (!short) {
    for (const [label, field] of STAR_FIELDS) {
      const text = chooseSentences(story[field], budget(words.bullet[label]), {
        skip: label === 'R' ? said : [],
      })
      if (text) star.push({ label, text })
    }
  }
  const metricSource =
    story.metrics.find((m) => m.trim().length > 0) ??
    numberBearingSentence(story.result) ??
    numberBearingSentence(story.action)
  return {
    id: story.id,
    title: story.title,
    hook,
    star,
    // A metric the hook already says is not printed twice.
    metric:
      metricSource && !hook.includes(metricSource.trim().replace(/[.!?…]+$/u, ''))
        ? chooseSentences(metricSource, budget(words.metric))
        : null,
    learning: chooseSentences(story.learnings, budget(words.learning)),
    scope: scopeLine(story),
  }
}

function titleFor(spec: SheetSpec): { heading: string; subheading: string } {
  const heading = [spec.role.trim(), spec.company.trim()].filter(Boolean).join(' at ') || 'Interview'
  return { heading, subheading: `${LEVEL_WORDS[spec.level]} level` }
}

/** Everything a sheet shows, regenerated from the stories as they are now. Pure. */
export function buildCheatSheet(spec: SheetSpec, stories: readonly Story[]): SheetContent {
  const picks = pickStories({
    stories,
    level: spec.level,
    competencies: spec.competencies,
    picks: spec.picks,
  })
  const entries: SheetEntry[] = picks.map((pick) => ({
    competency: pick.competency,
    competencyName: competencyName(pick.competency),
    lensNames: lensNamesFor(spec.lens, pick.competency),
    story: pick.story ? sheetStory(pick.story, spec.layout, picks.length) : null,
    reason: pick.reason,
    smallForLevel: pick.smallForLevel,
    alternatives: pick.candidates.map((story) => ({ id: story.id, title: story.title })),
  }))
  const questions = spec.questionsToAsk.map((q) => q.trim()).filter(Boolean)
  return {
    ...titleFor(spec),
    level: spec.level,
    layout: spec.layout,
    paper: spec.paper,
    entries,
    beforeTrouble: interviewPrep.beforeTrouble.map((item) => item.label),
    questionsToAsk: questions,
  }
}

/** A sheet starts with a few good questions; the person edits them per interview. */
export function defaultQuestions(count = 4): string[] {
  return interviewPrep.questionsToAsk.slice(0, count)
}
