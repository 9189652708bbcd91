import type { ArgsOf, ChannelName, Result, ValueOf } from '../../../../src/shared/contract'
import type { Deck, QuestionView } from '../../../../src/shared/contract/practice'
import { ok } from '../../../../src/shared/contract/result'
import type { PracticeEntry } from '../../../../src/shared/practice/schema'
import { summarizeSession } from '../../../../src/shared/practice/summary'
import type { Story } from '../../../../src/shared/story/schema'
import { FakeBridge } from '../../fake-bridge'

/** The fake main process plus the practice channels, answered from a scripted deck and real summaries. */
export class PracticeBridge extends FakeBridge {
  deck: Deck = { cards: [], targetSeconds: 120 }
  questions: QuestionView[] = []
  history: PracticeEntry[] = []
  dueCount = 0

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
