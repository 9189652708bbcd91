import { describe, expect, it } from 'vitest'
import { extractScope } from '../../../src/shared/scope/extract'
import { parseCount } from '../../../src/shared/scope/numbers'

const read = (text: string) => extractScope({ action: text })

describe('extractScope', () => {
  it('reads people, teams and duration from one sentence', () => {
    const s = read('I led 3 engineers across 4 teams over two quarters.')
    expect(s).toMatchObject({ people: 3, teams: 4, durationWeeks: 26, reach: 'multi-team' })
  })

  it('reads numbers written as words', () => {
    expect(read('a dozen engineers').people).toBe(12)
    expect(read('half a dozen people').people).toBe(6)
    expect(read('twenty-five developers').people).toBe(25)
    expect(read('three squads').teams).toBe(3)
    expect(read('a team of five').people).toBe(5)
  })

  it('reads durations people write', () => {
    expect(read('over a weekend').durationWeeks).toBeLessThan(1)
    expect(read('shipped in two sprints').durationWeeks).toBe(4)
    expect(read('it took 6 months').durationWeeks).toBe(26)
    expect(read('an 18-month migration').durationWeeks).toBe(78)
  })

  it('does not read a rate as a duration', () => {
    expect(read('saves $1.2M a year').durationWeeks).toBeNull()
  })

  it('reads money and user counts', () => {
    expect(read('saves $1.2M a year').money).toBe(1_200_000)
    expect(read('cut spend by $400k').money).toBe(400_000)
    expect(read('rolled out to 2M users').users).toBe(2_000_000)
  })

  it('reads teams named by their people, leads and departments', () => {
    expect(read('pulled in 2 ppl from networking and 1 from the kernel folks').reach).toBe('multi-team')
    expect(read('went to each backend tech lead with their own incident').reach).toBe('multi-team')
    expect(read('a decision sales, cs and eng could all live with').teams).toBe(3)
    expect(read('~22 ppl in the review').people).toBe(22)
  })

  it('does not count departments that only asked for things, or the writer on a named team', () => {
    expect(read('23 asks for Q1 from the CEO, sales, cs and finance').teams).toBeNull()
    expect(read('two juniors on the engine team. a weekly hour inside our team').teams).toBeNull()
  })

  it('reads reach from sites, outside companies and upstream work', () => {
    expect(read('a planned downtime across all nine hospitals').reach).toBe('org')
    expect(read('the port was outsourced to an external studio').reach).toBe('multi-team')
    expect(read('wrote a minimal repro and filed it upstream').reach).toBe('industry')
    expect(read('shipped a tuned setting fleet wide').reach).toBe('org')
  })

  it('reads adoption by other organisations, partner firms and both divisions', () => {
    expect(read('used by 30+ orgs, with external contributors').reach).toBe('industry')
    expect(read('the partner bank, our payments team and compliance').reach).toBe('multi-team')
    expect(read('adopted by both the retail and commercial divisions').reach).toBe('org')
    expect(read('a weekly call with their api engineers').reach).toBe('multi-team')
  })

  it('does not take a company watching for company-wide work', () => {
    expect(read('the ceo watched it fail. whole company knew').reach).toBeNull()
  })

  it('does not read "not alone" as working alone', () => {
    expect(read('so I was not making the call alone each time').reach).toBeNull()
    expect(read('I fixed it alone over a weekend').reach).toBe('individual')
  })

  it('reads how far out a deadline was as the time the work had', () => {
    expect(read('the deadline was the end of the contract, 10 months out').durationWeeks).toBeCloseTo(43.3, 0)
  })

  it('reads reach words', () => {
    expect(read('a company-wide rollout').reach).toBe('company')
    expect(read('the whole org moved to it').reach).toBe('org')
    expect(read('I worked with the payments team and our team').reach).toBe('multi-team')
    expect(read('we worked with an outsourced team in Manila').reach).toBe('multi-team')
    expect(read('I fixed it, just me').reach).toBe('individual')
  })

  it('does not read results or lists as scope', () => {
    expect(read('refunds now go out within 48 hours').durationWeeks).toBeNull()
    expect(read('threads ran to 40 comments and people were tired').people).toBeNull()
  })

  it('reads "a 6 person team" as one team of six, not six teams', () => {
    expect(read('I led a 6 person team for two months')).toMatchObject({ people: 6, teams: null })
    expect(read('a 12-engineer group')).toMatchObject({ people: 12, teams: null })
  })

  it('reads a fix to a popular open-source library as reaching the industry', () => {
    expect(read('I fixed it upstream in a popular open-source scheduling library').reach).toBe('industry')
    expect(read('I contributed upstream to the open-source driver').reach).toBe('industry')
    expect(read('we vendored an open source library').reach).toBeNull()
  })

  it('does not count "a senior engineer" as a team of one', () => {
    expect(read('I paired with a senior engineer').people).toBeNull()
  })

  it('finds nothing in text without scope words', () => {
    expect(read('Improved the parser.')).toMatchObject({
      reach: null,
      people: null,
      teams: null,
      durationWeeks: null,
    })
  })
})

describe('parseCount', () => {
  it('parses digits, separators and words', () => {
    expect(parseCount('1,200')).toBe(1200)
    expect(parseCount('a couple of')).toBe(2)
    expect(parseCount('nonsense')).toBeNull()
  })
})
