import { describe, expect, it } from 'vitest'
import { analyzeText } from '../../../src/shared/search/analyze'
import { getLexicon, phraseKeys, phraseTerm } from '../../../src/shared/search/vocabulary'
import { termKey } from '../../../src/shared/text/tokenize'

const lexicon = getLexicon()
const terms = (text: string) => analyzeText(text, lexicon, { mode: 'story' }).map((t) => t.term)
/** The one term a short text folds into (fails loudly when it reads as several). */
const termOf = (text: string) => {
  const read = terms(text)
  expect(read, text).toHaveLength(1)
  return read[0] as string
}
const shareATerm = (a: string, b: string) => terms(a).some((term) => terms(b).includes(term))

describe('synonym groups', () => {
  it('read each group’s first entry as that group’s own term (no earlier group captured it)', () => {
    for (const group of lexicon.vocabulary.synonyms) {
      const first = group[0] as string
      expect(terms(first), first).toEqual([phraseTerm(phraseKeys(first))])
    }
  })

  it('leave very common words and everyday inflections unfolded, so they cannot match everything', () => {
    const everyday = [
      ...['work', 'make', 'get', 'change', 'time', 'people', 'problem', 'issue', 'thing', 'help'],
      // Words that share a stem key with a topic word: "found" ~ "founder", "quite" ~ "quit",
      // "object" ~ "objected", "level" ~ "levelled", "version" ~ "versioning", "local" ~ "localized".
      ...['found', 'quite', 'object', 'level', 'version', 'local', 'social', 'serve', 'contain', 'belong'],
      ...['thanks', 'decided', 'spent', 'deal', 'course', 'date', 'plan', 'tool', 'profile', 'trace'],
    ]
    for (const word of everyday) expect(termOf(word), word).toBe(termKey(word))
  })
})

describe('teaching others versus teaching oneself', () => {
  it('reads "taught myself" and "self-taught" as learning', () => {
    const learn = termOf('learned')
    for (const text of ['taught myself', 'self-taught', 'I had to teach myself', 'got up to speed']) {
      expect(terms(text), text).toContain(learn)
    }
  })

  it('reads teaching someone else as mentoring, never as learning', () => {
    const mentor = termOf('mentored')
    expect(mentor).not.toBe(termOf('learned'))
    for (const text of ['taught her', 'I taught the new hire', 'coached two juniors']) {
      expect(terms(text), text).toContain(mentor)
      expect(terms(text), text).not.toContain(termOf('learned'))
    }
    expect(terms('taught myself Rust')).not.toContain(mentor)
  })
})

describe('everyday paraphrases of one situation meet', () => {
  it('keeps different situations apart', () => {
    expect(shareATerm('taught myself Go', 'mentored a junior engineer')).toBe(false)
    expect(shareATerm('how do you deal with a difficult colleague', 'a customer about to churn')).toBe(false)
    expect(shareATerm('a memory leak', 'a data leak')).toBe(false)
    expect(shareATerm('my performance review', 'a performance regression')).toBe(false)
    expect(shareATerm('a credit card payment', 'my manager took credit')).toBe(false)
  })
})

describe('everyday ways of telling what happened meet the words a question uses', () => {
  it.each([
    ['dig into a system I did not understand to find the problem', 'hunting a memory leak'],
    ['revenue was on the line', 'a customer about to churn'],
    ['this hurt a key metric', 'my change made things worse'],
    ['everything was on fire and I got paged', 'a sev1 outage'],
    ['the date we couldn’t miss', 'a hard deadline'],
    ['the rollout went sideways', 'the launch failed'],
    ['I bit off more than I could chew', 'the team was overloaded'],
    ['the long pole was the vendor contract', 'the blocker was the vendor contract'],
    ['we did an A/B test', 'we ran an experiment'],
    ['I rolled it back', 'we reverted the deploy'],
    ['a customer was about to walk away', 'churn risk on a key account'],
    ['I got woken up in the night', 'a production incident'],
    ['we kept throwing more hardware at it', 'we ran into capacity limits'],
    ['nobody had a clear owner for it', 'an orphaned service'],
    ['the numbers looked too good to be true', 'I was suspicious of the metrics'],
    ['people stopped speaking up', 'a senior engineer steamrolled the room'],
    ['I asked them to tear my plan apart', 'I wanted critical feedback'],
    ['they poked holes in the design', 'their critique'],
    ['the clock was ticking', 'a tight deadline'],
    ['we were under the gun', 'a hard deadline'],
    ['my proposal got shot down', 'I was overruled'],
    ['I got everyone on the same page', 'we reached alignment'],
    ['I took the heat for it', 'I took ownership'],
    ['I cleaned up the mess', 'I took ownership'],
    ['we stopped the bleeding with a workaround', 'we mitigated it first'],
    ['we kept the lights on', 'maintenance work and tech debt'],
    ['we grabbed the low-hanging fruit', 'a 90/10 solution'],
    ['we decided not to boil the ocean', 'we cut scope'],
    ['we were winding down an old product', 'sunsetting an app'],
    ['leadership pulled the plug', 'the project was cancelled'],
    ['a vendor change blindsided us', 'something unexpected came up'],
    ['I got sign-off from the VP', 'it needed approval'],
    ['the review was a rubber stamp', 'an approval gate'],
    ['office politics', 'a turf war between two directors'],
    ['teams worked in silos', 'cross-team collaboration'],
    ['only one person knew how it worked', 'the bus factor was one'],
    ['the deal fell through', 'we lost the deal'],
    ['I was thrown in the deep end', 'a steep learning curve'],
    ['I built the pipeline', 'building a pipeline'],
    ['I sought advice early', 'seeking input'],
    ['we caught it in staging', 'catching it before release'],
    ['we were short staffed', 'we lacked headcount'],
    ['the project kept slipping', 'we were behind schedule'],
    ['I had to break the news to the customer', 'a difficult conversation'],
    ['my manager kept breathing down my neck', 'being micromanaged'],
    ['we added guardrails', 'so it would never happen again'],
    ['the team resisted the change', 'I got a lot of pushback'],
    ['I managed expectations with the client', 'I kept stakeholders informed'],
    ['the records got corrupted', 'a data integrity problem'],
    ['I went above and beyond my role', 'I took ownership'],
    ['a coworker kept interrupting', 'a difficult peer'],
    ['I spotted the warning signs', 'I noticed it first'],
    ['I had to ramp up quickly', 'a steep learning curve'],
    ['we took a shortcut', 'we cut corners'],
    ['how did you handle a crisis', 'the site went down'],
    ['the database fell over', 'a production outage'],
    ['I declined the request', 'competing priorities'],
    ['our key engineer left mid-project', 'attrition on the team'],
    ['we defined success up front', 'agreed success metrics'],
    ['the failure cascaded across services', 'a major incident'],
  ])('"%s" ~ "%s"', (a, b) => {
    expect(shareATerm(a, b)).toBe(true)
  })

  it('keeps apart everyday words that share a stem key with a topic word', () => {
    // "challenging" was read as disagreement, "page" as being paged, "building" as a CI build,
    // "size" as an estimate, "merging" as a company merger.
    for (const word of ['challenging', 'page', 'building', 'size', 'merging', 'walked', 'away']) {
      expect(termOf(word), word).toBe(termKey(word))
    }
    expect(shareATerm('a challenging project', 'I disagreed with my manager')).toBe(false)
    expect(shareATerm('the checkout page', 'I got paged')).toBe(false)
    expect(shareATerm('we were on the same page', 'a production outage')).toBe(false)
    expect(shareATerm('building a new service', 'slow CI builds')).toBe(false)
    expect(shareATerm('the team size', 'we estimated the work')).toBe(false)
    expect(shareATerm('I merged the pull request', 'a reorg')).toBe(false)
  })

  it('keeps different events apart', () => {
    expect(shareATerm('I walked away with a lesson', 'a customer about to churn')).toBe(false)
    expect(shareATerm('I took the blame', 'a heated argument')).toBe(false)
    expect(shareATerm('we jumped the gun', 'a hard deadline')).toBe(false)
    expect(shareATerm('the smoking gun in the logs', 'a hard deadline')).toBe(false)
    expect(shareATerm('a quick win', 'a win-win compromise')).toBe(false)
    expect(shareATerm('leadership pulled the plug', 'we sunset the old API')).toBe(false)
    expect(shareATerm('a near miss', 'a production outage')).toBe(false)
    expect(shareATerm('I had to fire an underperformer', 'a production outage')).toBe(false)
    expect(shareATerm('the project would derail', 'a sev1 outage')).toBe(false)
    expect(shareATerm('we ramped traffic to half of users', 'a steep learning curve')).toBe(false)
    expect(shareATerm('I gave my notice', 'I noticed the bug')).toBe(false)
  })
})
