import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { tempVault, type TempVault } from '../vault/helpers'
import { runCommand } from './run-helper'

let vault: TempVault
afterEach(() => vault?.cleanup())

const Q = 'Tell me about a time you disagreed with your manager'

function stored(): {
  stories: Array<{ id: string; questions: string[] }>
  ownQuestions: Array<{ text: string }>
} {
  return JSON.parse(readFileSync(vault.path, 'utf8'))
}

describe('story-vault link / unlink', () => {
  it('links a question to a story by exact title, and unlinks it by id', async () => {
    vault = tempVault('valid.json')
    const linked = await runCommand(['--vault', vault.path, 'link', Q, 'calmed a conflict between two teams'])
    expect(linked).toMatchObject({ code: 0, stderr: '' })
    expect(linked.stdout).toMatch(
      /Linked “Tell me about a time you disagreed with your manager” → Calmed a conflict/,
    )
    expect(stored().stories.find((s) => s.id === 's-2')?.questions).toEqual([Q])
    expect(stored().ownQuestions.map((q) => q.text)).toEqual([Q])

    const unlinked = await runCommand(['--vault', vault.path, 'unlink', Q, 's-2'])
    expect(unlinked.code).toBe(0)
    expect(stored().stories.find((s) => s.id === 's-2')?.questions).toEqual([])
    // The own question stays: only the link went.
    expect(stored().ownQuestions.map((q) => q.text)).toEqual([Q])
  })

  it('fails with one line naming the story that does not exist', async () => {
    vault = tempVault('valid.json')
    const run = await runCommand(['--vault', vault.path, 'link', Q, 'No such story'])
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      'story-vault: No story has the id or title “No such story”. Run story-vault list to see them.\n',
    )
  })

  it('refuses an empty question and a missing story argument', async () => {
    vault = tempVault('valid.json')
    const empty = await runCommand(['--vault', vault.path, 'link', '  ', 's-1'])
    expect(empty.code).toBe(1)
    expect(empty.stderr).toMatch(/A question cannot be empty/)
    const usage = await runCommand(['--vault', vault.path, 'link', Q])
    expect(usage.code).toBe(2)
  })
})

describe('story-vault questions', () => {
  it('lists own questions with their linked stories (--mine --json)', async () => {
    vault = tempVault('valid.json')
    await runCommand(['--vault', vault.path, 'link', Q, 's-2'])
    const run = await runCommand(['--vault', vault.path, 'questions', '--mine', '--json'])
    expect(run.code).toBe(0)
    const views = JSON.parse(run.stdout) as Array<{ text: string; source: string; stories: unknown[] }>
    expect(views).toEqual([
      expect.objectContaining({
        text: Q,
        source: 'own',
        stories: [{ id: 's-2', title: 'Calmed a conflict between two teams' }],
      }),
    ])
  })

  it('filters bank questions by competency', async () => {
    vault = tempVault('valid.json')
    const run = await runCommand(['--vault', vault.path, 'questions', '--competency', 'failure', '--json'])
    const views = JSON.parse(run.stdout) as Array<{ competencies: string[]; source: string }>
    expect(views.length).toBeGreaterThan(10)
    expect(views.every((v) => v.competencies.includes('failure') && v.source === 'bank')).toBe(true)
    const bad = await runCommand(['--vault', vault.path, 'questions', '--competency', 'nope'])
    expect(bad.code).toBe(2)
  })
})

describe('story-vault practice due', () => {
  it('says nothing is due on a vault never practised, and lists due cards as JSON', async () => {
    vault = tempVault('valid.json')
    const none = await runCommand(['--vault', vault.path, 'practice', 'due'])
    expect(none).toMatchObject({ code: 0, stdout: 'Nothing is due for practice now.\n' })
    const doc = JSON.parse(readFileSync(vault.path, 'utf8')) as Record<string, unknown>
    doc.practice = {
      history: [],
      cards: [
        {
          question: Q,
          storyId: 's-2',
          due: '2026-01-02T00:00:00.000Z',
          stability: 1,
          difficulty: 5,
          reps: 1,
          lapses: 0,
          state: 2,
          lastReview: '2026-01-01T00:00:00.000Z',
        },
      ],
    }
    const { writeFileSync } = await import('node:fs')
    writeFileSync(vault.path, JSON.stringify(doc))
    const run = await runCommand(['--vault', vault.path, 'practice', 'due', '--json'])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual([
      {
        question: Q,
        story: { id: 's-2', title: 'Calmed a conflict between two teams' },
        due: '2026-01-02T00:00:00.000Z',
      },
    ])
    const usage = await runCommand(['--vault', vault.path, 'practice'])
    expect(usage.code).toBe(2)
  })
})

describe('story-vault search learns from links', () => {
  it('puts the linked story first for the question asked in other words, with linkedQuestion and the reason', async () => {
    vault = tempVault('valid.json')
    await runCommand(['--vault', vault.path, 'link', 'Tell me about a database migration you led', 's-2'])
    const run = await runCommand([
      '--vault',
      vault.path,
      'search',
      'Describe leading a migration of a database',
      '--json',
    ])
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout) as {
      results: Array<{ id: string; linkedQuestion: string | null; reasons: string[] }>
    }
    expect(json.results[0]).toMatchObject({
      id: 's-2',
      linkedQuestion: 'Tell me about a database migration you led',
    })
    expect(json.results[0]?.reasons[0]).toBe(
      'You chose this story for “Tell me about a database migration you led”.',
    )
    expect(json.results.find((r) => r.id === 's-1')).toMatchObject({ linkedQuestion: null })
  })
})
