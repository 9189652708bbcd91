import { afterEach, describe, expect, it } from 'vitest'
import { tempVault, type TempVault } from '../../vault/helpers'
import { runCommand } from '../run-helper'

let vault: TempVault
afterEach(() => vault?.cleanup())

interface CheckJson {
  stories: Array<{
    id: string
    competencies: {
      assigned: string[]
      suggested: Array<{ id: string; confidence: number }>
      effective: string[]
    }
    scope: {
      reach: string | null
      teams: number | null
      fromText: boolean
      smallForLevel: boolean
      reasons: string[]
    }
    checklist: Record<string, { present: string[]; missing: string[] }>
    hasMetric: boolean
    speakingMinutes: number
    lenses: Record<string, string[]>
    warnings: string[]
  }>
  coverage: {
    level: string
    gaps: Array<{ id: string; message: string }>
    competencies: Record<string, unknown>
  }
}

describe('story-vault check', () => {
  it('prints one JSON object with per-story checks and coverage', async () => {
    vault = tempVault('valid.json')
    const run = await runCommand(['--vault', vault.path, 'check', '--json'])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const report = JSON.parse(run.stdout) as CheckJson
    expect(report.stories).toHaveLength(2)
    const first = report.stories[0]!
    expect(first.competencies.assigned).toEqual(['ownership'])
    expect(first.competencies.effective).toEqual(['ownership'])
    expect(first.scope).toMatchObject({ reach: 'team', teams: 1, smallForLevel: true, fromText: false })
    expect(first.scope.reasons[0]).toMatch(/one team/)
    expect(Object.keys(first.checklist)).toEqual(['ownership'])
    expect(first.hasMetric).toBe(true)
    expect(first.lenses.amazon).toContain('Ownership')
    expect(report.coverage.level).toBe('staff')
    expect(report.coverage.gaps.map((g) => g.id)).toContain('customer')
  })

  it('judges scope for the level asked', async () => {
    vault = tempVault('valid.json')
    const run = await runCommand(['--vault', vault.path, 'check', '--json', '--level', 'senior'])
    const report = JSON.parse(run.stdout) as CheckJson
    expect(report.coverage.level).toBe('senior')
    expect(report.stories[0]!.scope.smallForLevel).toBe(false)
  })

  it('prints a readable report without --json', async () => {
    vault = tempVault('valid.json')
    const run = await runCommand(['--vault', vault.path, 'check'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/s-1 {2}Migrated the billing service/)
    expect(run.stdout).toMatch(/scope: SMALL/)
    expect(run.stdout).toMatch(/gap: No strong story for/)
  })

  it('rejects an unknown level with exit code 2', async () => {
    vault = tempVault('valid.json')
    const run = await runCommand(['--vault', vault.path, 'check', '--level', 'wizard'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--level must be one of/)
  })
})
