import type { SheetEntry } from '../../../../shared/cheatsheet/build'
import type { Story } from '../../../../shared/story/schema'

interface Props {
  entries: SheetEntry[]
  stories: readonly Story[]
  picks: Readonly<Record<string, string>>
  onSwap(competency: string, storyId: string): void
}

/** One row per area: the story on the sheet, and every other story the person may put there instead. */
export function SheetPicks({ entries, stories, picks, onSwap }: Props) {
  return (
    <ul className="sheet-picks" aria-label="Stories on this sheet">
      {entries.map((entry) => {
        const candidateIds = new Set(entry.alternatives.map((a) => a.id))
        const others = stories.filter((story) => !candidateIds.has(story.id))
        const id = `sheet-pick-${entry.competency}`
        return (
          <li key={entry.competency} className={entry.story ? undefined : 'sheet-pick-missing'}>
            <label htmlFor={id}>{entry.competencyName}</label>
            <select
              id={id}
              value={picks[entry.competency] ?? ''}
              onChange={(e) => onSwap(entry.competency, e.target.value)}
            >
              <option value="">
                {entry.story && !picks[entry.competency]
                  ? `Best: ${entry.story.title}`
                  : entry.story
                    ? 'Automatic (best story)'
                    : 'No story yet — write one'}
              </option>
              {entry.alternatives.length > 0 && (
                <optgroup label="Stories that show this">
                  {entry.alternatives.map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.title}
                    </option>
                  ))}
                </optgroup>
              )}
              {others.length > 0 && (
                <optgroup label="Other stories">
                  {others.map((story) => (
                    <option key={story.id} value={story.id}>
                      {story.title}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
            {entry.smallForLevel && (
              <span className="sheet-pick-note">Scope looks small for this level.</span>
            )}
            {entry.reason === 'reused' && (
              <span className="sheet-pick-note">Also used for another area.</span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
