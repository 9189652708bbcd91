import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { renderCheatSheetHtml } from '../../../shared/cheatsheet/render-html'
import { PAPER_SIZES, type PaperSize } from '../../../shared/cheatsheet/schema'
import { byNextRound, describeCountdown, formatRoundTime, nextRound } from '../../../shared/loops/countdown'
import { planLoop, type LoopPlan } from '../../../shared/loops/plan'
import type { Loop } from '../../../shared/loops/schema'
import { roundSheet } from '../../../shared/loops/sheet'
import { loopWarnings, type LoopWarning } from '../../../shared/loops/warnings'
import type { VaultDocument } from '../../../shared/vault/document'
import { ChromiumMissingError, createChromiumPdfRenderer } from '../../pdf/chromium-pdf'
import { CliUsageError, type CliCommand, type CliContext } from '../types'

const USAGE = [
  'Usage: story-vault loop list [--json] [--all]',
  '       story-vault loop show ID [--json]',
  '       story-vault loop cheatsheet ID --round N (--pdf OUT.pdf | --html OUT.html) [--paper a4|letter]',
  '  ID     a loop id from `loop list` (its first characters are enough when they are unique)',
  '  --all  also list archived and deleted loops',
].join('\n')

function findLoop(doc: VaultDocument, id: string | undefined): Loop {
  if (!id) throw new CliUsageError(`Give the loop's ID.\n${USAGE}`)
  const live = doc.loops.filter((loop) => loop.deletedAt === null)
  const exact = live.find((loop) => loop.id === id)
  if (exact) return exact
  const matches = live.filter((loop) => loop.id.startsWith(id))
  if (matches.length === 1) return matches[0] as Loop
  const known = live.map((loop) => `${loop.id.slice(0, 8)} (${loop.company})`).join(', ') || 'none'
  throw new CliUsageError(
    matches.length > 1
      ? `"${id}" matches ${matches.length} loops; give more of the id.`
      : `There is no loop "${id}". Loops: ${known}.`,
  )
}

function contextOf(doc: VaultDocument) {
  return {
    stories: doc.stories,
    loops: doc.loops,
    ownQuestions: doc.ownQuestions,
    deletedTitles: new Map(doc.trash.map((entry) => [entry.story.id, entry.story.title])),
  }
}

function listRows(doc: VaultDocument, all: boolean, now: Date) {
  const shown = doc.loops.filter((loop) => all || (loop.deletedAt === null && !loop.archived))
  return byNextRound(shown, now).map((loop) => {
    const next = nextRound(loop, now)
    return {
      id: loop.id,
      company: loop.company,
      role: loop.role,
      level: loop.level,
      lens: loop.lens,
      rounds: loop.rounds.length,
      archived: loop.archived,
      deleted: loop.deletedAt !== null,
      nextRound: next ? { name: next.name, at: next.at, in: describeCountdown(next.at, now) } : null,
    }
  })
}

function showJson(loop: Loop, plan: LoopPlan, warnings: LoopWarning[]) {
  return {
    id: loop.id,
    company: loop.company,
    role: loop.role,
    level: loop.level,
    lens: loop.lens,
    archived: loop.archived,
    rounds: plan.rounds.map((round) => {
      const source = loop.rounds.find((r) => r.id === round.roundId)
      return {
        number: round.number,
        id: round.roundId,
        name: round.name,
        at: round.at,
        focus: source?.focus ?? '',
        notes: source?.notes ?? '',
        plan: round.slots.map((slot) => ({
          competency: slot.competency,
          names: slot.names,
          questions: slot.questions,
          story: slot.story,
        })),
        log: source?.log ?? null,
      }
    }),
    warnings,
  }
}

function showText(loop: Loop, plan: LoopPlan, warnings: LoopWarning[], now: Date): string {
  const lines = [`${loop.company}${loop.role ? ` — ${loop.role}` : ''}  (${loop.level}, lens ${loop.lens})`]
  for (const round of plan.rounds) {
    const when = round.at
      ? `${formatRoundTime(round.at)}, ${describeCountdown(round.at, now)}`
      : 'no date yet'
    lines.push('', `Round ${round.number}: ${round.name}  (${when})`)
    if (round.slots.length === 0)
      lines.push('  No focus yet: add the principles or competencies it will probe.')
    for (const slot of round.slots) {
      const story = slot.story
        ? `${slot.story.deleted ? 'story deleted: ' : ''}${slot.story.title} (${slot.story.source})`
        : 'no story yet'
      lines.push(`  ${slot.names.join(', ')}: ${story}`)
      for (const q of slot.questions) lines.push(`    ? ${q.text}`)
    }
  }
  lines.push('', warnings.length ? `Warnings (${warnings.length}):` : 'No warnings.')
  for (const warning of warnings) lines.push(`  ! ${warning.message}  Fix: ${warning.fixLabel}`)
  return `${lines.join('\n')}\n`
}

async function cheatsheet(loop: Loop, plan: LoopPlan, doc: VaultDocument, flags: Flags, context: CliContext) {
  if (!flags.pdf && !flags.html) throw new CliUsageError(`Give --pdf OUT.pdf or --html OUT.html.\n${USAGE}`)
  const number = Number(flags.round)
  const round = plan.rounds.find((r) => r.number === number)
  if (!flags.round || !round) {
    const rounds = plan.rounds.map((r) => `${r.number} (${r.name})`).join(', ') || 'none'
    throw new CliUsageError(`--round must be a round number of this loop: ${rounds}.`)
  }
  const paper = (flags.paper ?? 'a4') as PaperSize
  if (!PAPER_SIZES.includes(paper))
    throw new CliUsageError(`--paper must be one of ${PAPER_SIZES.join(', ')}.`)
  const html = renderCheatSheetHtml(roundSheet(loop, round, doc.stories, paper))
  if (flags.html) {
    const out = resolve(context.cwd, flags.html)
    await writeFile(out, html, 'utf8')
    context.stdout(`Wrote ${out}\n`)
  }
  if (!flags.pdf) return 0
  const out = resolve(context.cwd, flags.pdf)
  const renderer = createChromiumPdfRenderer({ env: context.env })
  try {
    await writeFile(out, await renderer.render(html, { paper }))
    context.stdout(`Wrote ${out}\n`)
    return 0
  } catch (error) {
    if (!(error instanceof ChromiumMissingError)) throw error
    context.stderr(`story-vault: ${error.message}\n`)
    return 1
  } finally {
    await renderer.close()
  }
}

type Flags = Partial<Record<'round' | 'pdf' | 'html' | 'paper', string>> & { json?: boolean; all?: boolean }

export const loopCommand: CliCommand = {
  name: 'loop',
  summary: 'Interview loops: list them, show a plan with its warnings, print a round’s cheat sheet.',
  usage: USAGE,
  async run(args, context) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        all: { type: 'boolean', default: false },
        round: { type: 'string' },
        pdf: { type: 'string' },
        html: { type: 'string' },
        paper: { type: 'string' },
      },
    })
    const flags: Flags = values
    const [action, id, extra] = positionals
    if (extra !== undefined) throw new CliUsageError(`Unexpected "${extra}".\n${USAGE}`)
    const now = new Date()
    const doc = (await context.openVault()).current()
    if (action === 'list') {
      const rows = listRows(doc, flags.all === true, now)
      if (flags.json) return void context.stdout(`${JSON.stringify(rows, null, 2)}\n`)
      if (rows.length === 0) return void context.stdout('No interview loops yet.\n')
      for (const row of rows) {
        const next = row.nextRound ? `next: ${row.nextRound.name} ${row.nextRound.in}` : 'no round to come'
        const flagsText = [row.archived ? 'archived' : '', row.deleted ? 'deleted' : '']
          .filter(Boolean)
          .join(', ')
        context.stdout(
          `${row.id.slice(0, 8)}  ${row.company}${row.role ? ` — ${row.role}` : ''}  ${row.rounds} rounds, ${next}${flagsText ? ` (${flagsText})` : ''}\n`,
        )
      }
      return 0
    }
    if (action !== 'show' && action !== 'cheatsheet') {
      throw new CliUsageError(`${action ? `Unknown action "${action}".` : 'Give an action.'}\n${USAGE}`)
    }
    const loop = findLoop(doc, id)
    const plan = planLoop(loop, contextOf(doc))
    if (action === 'cheatsheet') return cheatsheet(loop, plan, doc, flags, context)
    const warnings = loopWarnings(plan)
    context.stdout(
      flags.json
        ? `${JSON.stringify(showJson(loop, plan, warnings), null, 2)}\n`
        : showText(loop, plan, warnings, now),
    )
    return 0
  },
}
