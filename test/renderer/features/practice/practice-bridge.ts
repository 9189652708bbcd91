import type { ArgsOf, ChannelName, Result, ValueOf } from '../../../../src/shared/contract'
import type { Deck, QuestionView } from '../../../../src/shared/contract/practice'
import { fail, ok } from '../../../../src/shared/contract/result'
import type { OwnQuestion, PracticeEntry } from '../../../../src/shared/practice/schema'
import { summarizeSession } from '../../../../src/shared/practice/summary'
import type { Story } from '../../../../src/shared/story/schema'
import { FakeBridge } from '../../fake-bridge'

/** The fake main process plus the practice channels, answered from a scripted deck and real summaries. */
export class PracticeBridge extends FakeBridge {
  deck: Deck = { cards: [], targetSeconds: 120 }
  questions: QuestionView[] = []
  history: PracticeEntry[] = []
  dueCount = 0
  /** Question–story pairs practised (the practice cards), as 'practice:practised' answers them. */
  practised: Array<{ question: string; storyId: string }> = []

  static create(stories: Story[]): PracticeBridge {
    return new PracticeBridge(FakeBridge.withStories(stories).snapshot)
  }

  override async invoke<K extends ChannelName>(channel: K, ...args: ArgsOf<K>): Promise<Result<ValueOf<K>>> {
    const own = this.answer(channel, args as unknown[])
    if (!own) return super.invoke(channel, ...args)
    this.calls.push({ channel, args })
    return own as Result<ValueOf<K>>
  }

  private answer(channel: ChannelName, args: unknown[]): Result<unknown> | null {
    switch (channel) {
      case 'practice:deck':
        return ok(structuredClone(this.deck))
      case 'practice:questions':
        return ok(structuredClone(this.questions))
      case 'practice:story-times':
        return ok({})
      case 'practice:practised':
        return ok(structuredClone(this.practised))
      case 'practice:remove-question': {
        const view = this.questions.find((q) => q.id === args[0] && q.source === 'own')
        if (!view) return fail('not-found', 'There is no such question of yours.')
        this.questions = this.questions.filter((q) => q !== view)
        const { id, text, competencies } = view
        return ok({ id, text, competencies, createdAt: '2026-01-01T00:00:00.000Z' })
      }
      case 'practice:restore-question': {
        const own = args[0] as OwnQuestion
        this.questions = [{ ...ownView(own.text, own.competencies), id: own.id }, ...this.questions]
        return ok(own)
      }
      case 'practice:unlink': {
        const { question, storyId } = args[0] as { question: string; storyId: string }
        const story = this.snapshot.stories.find((s) => s.id === storyId)
        if (!story) return fail('not-found', 'There is no such story.')
        const unlinked = { ...story, questions: story.questions.filter((q) => q !== question) }
        this.snapshot.stories = this.snapshot.stories.map((s) => (s.id === storyId ? unlinked : s))
        return ok(structuredClone(unlinked))
      }
      case 'practice:link': {
        const { question, storyId, at } = args[0] as { question: string; storyId: string; at?: number }
        const story = this.snapshot.stories.find((s) => s.id === storyId)
        if (!story) return fail('not-found', 'There is no such story.')
        const questions = [...story.questions]
        questions.splice(at ?? questions.length, 0, question)
        const linked = { ...story, questions }
        this.snapshot.stories = this.snapshot.stories.map((s) => (s.id === storyId ? linked : s))
        return ok(structuredClone(linked))
      }
      case 'practice:due':
        return ok(
          Array.from({ length: this.dueCount }, (_, i) => ({
            question: `Due question ${i + 1}`,
            story: { id: 'x', title: 'X' },
            due: '2026-01-01T00:00:00.000Z',
            reps: 1,
            lapses: 0,
          })),
        )
      case 'practice:rate': {
        const input = args[0] as Omit<PracticeEntry, 'id' | 'at' | 'note'> & { note?: string }
        const entry: PracticeEntry = {
          ...input,
          id: `entry-${this.history.length + 1}`,
          at: '2026-01-01T00:00:00.000Z',
          note: input.note ?? '',
        }
        this.history.push(entry)
        return ok({ entry, card: {} })
      }
      case 'practice:summary': {
        const { entryIds, targetSeconds } = args[0] as { entryIds: string[]; targetSeconds?: number }
        const entries = this.history.filter((e) => entryIds.includes(e.id))
        const competencies = (q: string) => this.deck.cards.find((c) => c.question === q)?.competencies ?? []
        return ok(summarizeSession(entries, this.snapshot.stories, competencies, targetSeconds))
      }
      default:
        return null
    }
  }
}

/** An own question as the question bank shows it, never linked or practised. */
export function ownView(text: string, competencies: string[] = []): QuestionView {
  return {
    id: `own-${text.length}`,
    source: 'own',
    text,
    competencies,
    stories: [],
    deletedStories: [],
    lastRehearsed: null,
    nextDue: null,
  }
}
