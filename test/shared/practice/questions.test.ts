import { describe, expect, it } from 'vitest'
import { linkQuestion, renameQuestion, unlinkQuestion } from '../../../src/shared/practice/links'
import { questionViews, splitQuestionLines, suggestQuestions } from '../../../src/shared/practice/questions'
import { reviewCard } from '../../../src/shared/practice/schedule'
import { emptyStoryFields, type Story } from '../../../src/shared/story/schema'
import { emptyVault, type VaultDocument } from '../../../src/shared/vault/document'

const NOW = new Date('2026-05-10T09:00:00.000Z')
const story = (id: string, questions: string[] = []): Story => ({
  ...emptyStoryFields(`Story ${id}`),
  id,
  questions,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
})
const doc = (stories: Story[]): VaultDocument => ({ ...emptyVault(), stories })
let ids = 0
const newId = () => `id-${++ids}`

describe('own questions from a pasted list', () => {
  it('one per line, bullets, numbers and quotes removed, blank lines skipped', () => {
    expect(
      splitQuestionLines(
        '1. Why us?\n\n- “Tell me about a conflict.”\n  * Q3: What is your biggest weakness?\r\n2) Why now?',
      ),
    ).toEqual(['Why us?', 'Tell me about a conflict.', 'What is your biggest weakness?', 'Why now?'])
  })

  it('suggests competencies and flags duplicates and oversized lines', () => {
    const suggestions = suggestQuestions(
      `Tell me about a time you disagreed with your manager\ntell me about a time you disagreed with your MANAGER\n${'x'.repeat(501)}`,
      [],
    )
    expect(suggestions[0]?.competencies.map((c) => c.id)).toContain('conflict')
    expect(suggestions[0]?.problem).toBeNull()
    expect(suggestions[1]?.problem).toBe('Already in your questions.')
    expect(suggestions[2]?.problem).toMatch(/limited to 500 characters; this one has 501/)
  })
})

describe('links between questions and stories', () => {
  it('link adds the question to the story and to own questions once; unlink takes it off', () => {
    const linked = linkQuestion(doc([story('a')]), { question: '  Why   us? ', storyId: 'a' }, NOW, newId)
    expect(linked.story.questions).toEqual(['Why us?'])
    expect(linked.story.updatedAt).toBe(NOW.toISOString())
    expect(linked.doc.ownQuestions.map((q) => q.text)).toEqual(['Why us?'])
    const again = linkQuestion(linked.doc, { question: 'why us?', storyId: 'a' }, NOW, newId)
    expect(again.doc.stories[0]?.questions).toEqual(['Why us?'])
    expect(again.doc.ownQuestions).toHaveLength(1)
    const unlinked = unlinkQuestion(again.doc, { question: 'WHY US?', storyId: 'a' }, NOW)
    expect(unlinked.story.questions).toEqual([])
    expect(unlinked.doc.ownQuestions).toHaveLength(1)
  })

  it('a bank question is linked without becoming an own question', () => {
    const bank = 'Give me an example of a decision you made with incomplete information.'
    const linked = linkQuestion(doc([story('a')]), { question: bank, storyId: 'a' }, NOW, newId)
    expect(linked.doc.ownQuestions).toEqual([])
  })

  it('refuses a missing story, an empty question and a link that is not there, clearly', () => {
    expect(() => linkQuestion(doc([]), { question: 'Why?', storyId: 'zz' }, NOW, newId)).toThrow(
      'There is no story with id zz. It may have been deleted.',
    )
    expect(() => linkQuestion(doc([story('a')]), { question: ' ', storyId: 'a' }, NOW, newId)).toThrow(
      'A question cannot be empty.',
    )
    expect(() => unlinkQuestion(doc([story('a')]), { question: 'Why?', storyId: 'a' }, NOW)).toThrow(
      '“Story a” is not linked to “Why?”.',
    )
  })

  it('renaming an own question renames its links and cards, not its history', () => {
    const start = doc([story('a', ['Why us?'])])
    const withCard = {
      ...start,
      practice: {
        cards: [reviewCard(null, { question: 'Why us?', storyId: 'a' }, 'good', NOW)],
        history: [],
      },
    }
    const renamed = renameQuestion(withCard, 'Why us?', 'Why this company?', NOW)
    expect(renamed.stories[0]?.questions).toEqual(['Why this company?'])
    expect(renamed.practice.cards[0]?.question).toBe('Why this company?')
  })

  it('a question whose story is gone stays, and says which story was deleted', () => {
    const gone = story('gone', ['Why us?'])
    const vault: VaultDocument = {
      ...doc([story('a')]),
      trash: [{ story: gone, deletedAt: NOW.toISOString() }],
      ownQuestions: [{ id: 'o1', text: 'Why us?', competencies: [], createdAt: NOW.toISOString() }],
      practice: {
        cards: [reviewCard(null, { question: 'Why us?', storyId: 'old' }, 'good', NOW)],
        history: [],
      },
    }
    const [view] = questionViews(
      {
        stories: vault.stories,
        trash: vault.trash,
        ownQuestions: vault.ownQuestions,
        cards: vault.practice.cards,
      },
      { mine: true },
    )
    expect(view).toMatchObject({
      text: 'Why us?',
      stories: [],
      deletedStories: [
        { id: 'gone', title: 'Story gone' },
        { id: 'old', title: 'Deleted story' },
      ],
      lastRehearsed: NOW.toISOString(),
    })
  })
})
