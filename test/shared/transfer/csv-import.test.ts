import { describe, expect, it } from 'vitest'
import { guessMapping, parseCsvStories, readTable } from '../../../src/shared/transfer/csv-import'
import { splitList } from '../../../src/shared/transfer/coerce'
import { fixture } from './fixtures'

describe('CSV import', () => {
  it('reads a spreadsheet story matrix: titles, STAR columns and X marks per competency', () => {
    const outcome = parseCsvStories(fixture('story-matrix.csv').text)
    expect(outcome.errors).toEqual([])
    expect(outcome.stories.map((s) => s.title)).toEqual([
      'Checkout rewrite with no spec',
      'On-call burnout in the platform team',
      'Disagreed with the CTO about the monolith split',
    ])
    expect(outcome.stories.map((s) => s.competencies)).toEqual([
      ['ambiguity', 'ownership', 'customer'],
      ['ownership', 'leadership'],
      ['conflict'],
    ])
    // "Think Big" is not one of ours: a marked cell keeps it as a tag rather than losing it.
    expect(outcome.stories[2]?.tags).toEqual(['Think Big'])
    expect(outcome.stories[0]).toMatchObject({ company: 'Northwind', year: 2023, people: 8 })
    expect(outcome.stories[1]?.action).toContain('killed 40% of alerts')
    expect(outcome.warnings).toEqual(['Columns ignored: "Notes".'])
  })

  it('recognises common headers whatever their case and spacing', () => {
    const { table } = readTable(
      'STORY NAME,s,T,a,R,Lessons Learned,People / Team size,Duration (Weeks),Metrics/Impact\nx,1,2,3,4,5,6,7,8\n',
    )
    expect(guessMapping(table).map((c) => c.target)).toEqual([
      'title',
      'situation',
      'task',
      'action',
      'result',
      'learnings',
      'people',
      'durationWeeks',
      'metrics',
    ])
  })

  it('reads TSV with lists, units and reach words', () => {
    const outcome = parseCsvStories(fixture('stories.tsv').text, { delimiter: '\t' })
    expect(outcome.errors).toEqual([])
    expect(outcome.stories[0]).toMatchObject({
      competencies: ['ownership', 'delivery'],
      tags: ['ci', 'developer-experience'],
      durationWeeks: 6,
      reach: 'multi-team',
      metrics: ['40 → 18 min CI'],
    })
    expect(outcome.stories[1]).toMatchObject({
      competencies: ['leadership'],
      durationWeeks: 52,
      reach: 'team',
    })
  })

  it('guesses semicolon-separated files (European spreadsheets)', () => {
    const outcome = parseCsvStories('Title;Year\n"Hello; world";2020\n')
    expect(outcome.stories).toMatchObject([{ title: 'Hello; world', year: 2020 }])
  })

  it('takes the separator from the header row, whatever the story text holds', () => {
    const outcome = parseCsvStories('Title,Action\nShip;it;now;|,A; B; C | D\n')
    expect(outcome.stories).toMatchObject([{ title: 'Ship;it;now;|', action: 'A; B; C | D' }])
  })

  it('applies mapping overrides from the dialog', () => {
    const text = 'Heading,Body,Flag\nLaunch,We launched,x\n'
    const guessed = parseCsvStories(text)
    expect(guessed.columns.map((c) => c.target)).toEqual(['ignore', 'ignore', 'tag'])
    expect(guessed.errors[0]?.field).toBe('Title')
    const mapped = parseCsvStories(text, { mapping: ['title', 'action', 'competency:delivery'] })
    expect(mapped.errors).toEqual([])
    expect(mapped.stories).toMatchObject([
      { title: 'Launch', action: 'We launched', competencies: ['delivery'] },
    ])
  })

  it('reports every bad row by spreadsheet row number and imports none', () => {
    const outcome = parseCsvStories('Title,Year,Reach\nGood,2020,team\n,2021,\nBad reach,2022,galaxy\n')
    expect(outcome.errors).toEqual([
      { record: 'Row 3', title: '', field: 'Title', message: 'A story needs a title.' },
      expect.objectContaining({ record: 'Row 4', title: 'Bad reach', field: 'Reach' }),
    ])
  })

  it('takes back the quote that neutralised a formula, and only that quote', () => {
    const outcome = parseCsvStories("Title,Action\n'=SUM(A1),'+1 for the team\n\"''@x\",'plain\n")
    expect(outcome.stories.map((s) => [s.title, s.action])).toEqual([
      ['=SUM(A1)', '+1 for the team'],
      ["'@x", "'plain"],
    ])
  })

  it('refuses a file whose quotes never close', () => {
    const outcome = parseCsvStories('Title,Action\n"Unclosed,oops\n')
    expect(outcome.errors.length).toBeGreaterThan(0)
  })

  it('says in plain words where a quote never closes, and offers no story made of the rest of the file', () => {
    const text = [
      'Title,Action,Result',
      'Cut build time,Split the test suite,40 → 18 min',
      '"Moved billing off the old database,Ran both for a month,No lost invoices',
      'Paired with a new hire,Weekly sessions,She owns the service now',
      'Calmed an on-call rota,Shared the pager,Pages fell by half',
    ].join('\n')
    const outcome = parseCsvStories(text, { fileName: 'stories.csv' })
    const messages = outcome.errors.map((e) => e.message).join('\n')
    expect(messages).toMatch(/^Row 3: a cell starts with a quote mark \("\) that never closes/m)
    expect(messages).not.toMatch(/unterminated|malformed/i)
    expect(outcome.errors.some((e) => /could not be read as a table/.test(e.message))).toBe(true)
    expect(outcome.stories).toEqual([])
    // The mapping preview shows the rows above the broken one, never the swallowed rest of the file.
    expect(outcome.columns.map((c) => [c.header, c.target, c.samples, c.brokenAtRow])).toEqual([
      ['Title', 'title', ['Cut build time'], 3],
      ['Action', 'action', ['Split the test suite'], 3],
      ['Result', 'result', ['40 → 18 min'], 3],
    ])
  })

  it('shows no columns when the header row itself has a quote that never closes', () => {
    const outcome = parseCsvStories('"Title,Action\nCut build time,Split the suite\n')
    expect(outcome.columns).toEqual([])
    expect(outcome.errors.some((e) => /could not be read as a table/.test(e.message))).toBe(true)
  })

  it('explains a stray quote inside a quoted cell with its row and line, once', () => {
    const text = 'Title,Action\n"Multi\nline title",ok\n"He said "hi" twice",x\n'
    const outcome = parseCsvStories(text)
    const quoteProblems = outcome.errors.filter((e) => /quote/.test(e.message))
    expect(quoteProblems.map((e) => e.message)).toEqual([
      'Row 3 (line 4 of the file): a quoted cell has a stray quote mark (") inside it. Inside a quoted cell, write a quote mark twice ("") — or remove it.',
    ])
  })
})

describe('questions and the 30-second version in CSV', () => {
  it('reads one question per line in the cell, or separated by " | "', () => {
    const csv = [
      'Title,Questions,30-second version',
      '"By line","Tell me about a conflict, briefly\nWhen did you disagree with a peer?",Short one',
      'Inline,"Why this job? | What are you proud of?",',
    ].join('\n')
    const outcome = parseCsvStories(csv)
    expect(outcome.errors).toEqual([])
    expect(outcome.stories.map((s) => s.questions)).toEqual([
      ['Tell me about a conflict, briefly', 'When did you disagree with a peer?'],
      ['Why this job?', 'What are you proud of?'],
    ])
    expect(outcome.stories[0]?.shortVersion).toBe('Short one')
  })
})

describe('lists of framework names', () => {
  it('keeps a name with its own comma in one piece', () => {
    expect(splitList('Ownership, Are Right, A Lot; Dive Deep', /[,;]/)).toEqual([
      'Ownership',
      'Are Right, A Lot',
      'Dive Deep',
    ])
    expect(splitList('are right,a lot,Think Big', /[,;]/)).toEqual(['are right,a lot', 'Think Big'])
  })

  it('imports "Are Right, A Lot" from a competencies cell as one label, not two', () => {
    const outcome = parseCsvStories('Title,Competencies\nA call I got right,"Ownership, Are Right, A Lot"\n')
    expect(outcome.errors).toEqual([])
    expect(outcome.stories[0]?.competencies).toEqual(['ownership'])
    expect(outcome.stories[0]?.tags).toEqual(['Are Right, A Lot'])
  })
})
