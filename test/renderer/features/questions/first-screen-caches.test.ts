import { describe, expect, it } from 'vitest'
import type { QuestionView } from '../../../../src/shared/contract/practice'
import { findLens } from '../../../../src/shared/lenses/lens-view'
import { linkIndexFor } from '../../../../src/renderer/src/features/questions/link-index'
import { groupsOf, ownCountOf } from '../../../../src/renderer/src/features/questions/question-filter'
import { indexFor } from '../../../../src/renderer/src/features/search/search-index'
import { makeStory } from '../../fake-bridge'
import { ownView } from '../practice/practice-bridge'

const questions: QuestionView[] = [
  ownView('When did you own a mistake?', ['ownership']),
  { ...ownView('Why this team?', ['motivation']), id: 'own-2' },
  { ...ownView('How do you handle conflict?', ['conflict']), id: 'q001', source: 'bank' },
]
const stories = [
  makeStory({ id: 'a', title: 'Owned the outage', questions: ['When did you own a mistake?'] }),
  makeStory({ id: 'b', title: 'Mediated two teams' }),
]

// Coming back to the question bank, choosing another question or opening search again must not
// recompute what has not changed (each walked 10,000 stories or questions before the first frame).
describe('work kept between visits', () => {
  it('counts groups and own questions once per list', () => {
    const lens = findLens('core')
    const groups = groupsOf(lens, questions, 'all')
    expect(groupsOf(lens, questions, 'all')).toBe(groups)
    expect(groupsOf(lens, questions, 'own')).not.toBe(groups)
    expect(groupsOf(lens, [...questions], 'all')).toEqual(groupsOf(lens, questions, 'all'))
    expect(ownCountOf(questions)).toBe(2)
    expect(ownCountOf(questions.slice(1))).toBe(1)
  })

  it('reuses the search index and the link index for the same stories and practice', () => {
    const index = indexFor(stories)
    expect(indexFor(stories)).toBe(index)
    const edited = [stories[0]!, { ...stories[1]!, title: 'Mediated two teams over a deadline' }]
    expect(indexFor(edited)).not.toBe(index)

    const practised = [{ question: 'Why this team?', storyId: 'b' }]
    const links = linkIndexFor(stories, practised, questions)
    expect(linkIndexFor(stories, practised, questions)).toBe(links)
    expect(links.entries.map((e) => [e.storyId, e.text])).toEqual([
      ['a', 'When did you own a mistake?'],
      ['b', 'Why this team?'],
    ])
    expect(linkIndexFor(stories, [], questions)).not.toBe(links)
  })
})
