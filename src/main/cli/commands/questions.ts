import { parseArgs } from 'node:util'
import { questionViews } from '../../../shared/practice/questions'
import { COMPETENCY_IDS, isCompetencyId } from '../../../shared/story/competency-ids'
import { CliUsageError, type CliCommand } from '../types'

/** `story-vault questions`: the question bank plus your own questions, with the stories linked to each. */
export const questionsCommand: CliCommand = {
  name: 'questions',
  summary: 'List interview questions (the bank and your own) with the stories linked to each.',
  usage: 'Usage: story-vault questions [--mine] [--competency ID] [--json]',
  async run(args, context) {
    const { values } = parseArgs({
      args,
      options: {
        mine: { type: 'boolean', default: false },
        competency: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    })
    const competency = values.competency
    if (competency !== undefined && !isCompetencyId(competency))
      throw new CliUsageError(`Unknown competency ${competency}. Use one of ${COMPETENCY_IDS.join(', ')}.`)
    const store = await context.openVault()
    const doc = store.current()
    const views = questionViews(
      { stories: doc.stories, trash: doc.trash, ownQuestions: doc.ownQuestions, cards: doc.practice.cards },
      { mine: values.mine, ...(competency ? { competency } : {}) },
    )
    if (values.json) {
      context.stdout(`${JSON.stringify(views, null, 2)}\n`)
      return
    }
    if (views.length === 0) {
      context.stdout(values.mine ? 'You have no questions of your own yet.\n' : 'No questions match.\n')
      return
    }
    const lines = views.map((q) => {
      const links = q.stories.map((s) => `\n      → ${s.title} (${s.id})`).join('')
      const gone = q.deletedStories.map((s) => `\n      × ${s.title} (story deleted)`).join('')
      return `${q.source === 'own' ? 'mine' : q.id.padEnd(4)}  ${q.text}  [${q.competencies.join(', ')}]${links}${gone}`
    })
    context.stdout(`${lines.join('\n')}\n`)
  },
}
