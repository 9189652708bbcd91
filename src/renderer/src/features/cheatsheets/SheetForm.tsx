import { COMPETENCY_PRESETS } from '../../../../shared/cheatsheet/presets'
import { PAPER_SIZES, SHEET_LAYOUTS, type SheetSpec } from '../../../../shared/cheatsheet/schema'
import { competencies } from '../../../../shared/content'
import { LEVEL_LABELS, TARGET_LEVELS } from '../../../../shared/story/levels'
import { applyPreset, questionsFromText, toggleCompetency } from './sheet-draft'

const LAYOUT_LABELS = { 'one-page': 'One page', detailed: 'Detailed' } as const
const PAPER_LABELS = { a4: 'A4', letter: 'US Letter' } as const
const PRESET_LABELS: Record<string, string> = {
  core: 'Core five',
  amazon: 'Amazon',
  meta: 'Meta',
  google: 'Google',
}

interface Props {
  spec: SheetSpec
  onChange(spec: SheetSpec): void
}

/** What the sheet is for: the interview, the areas it covers, how it prints and what to ask. */
export function SheetForm({ spec, onChange }: Props) {
  const set = <K extends keyof SheetSpec>(key: K, value: SheetSpec[K]) => onChange({ ...spec, [key]: value })
  return (
    <div className="sheet-form">
      <div className="sheet-form-row">
        <label>
          Company
          <input
            type="text"
            value={spec.company}
            maxLength={200}
            onChange={(e) => set('company', e.target.value)}
          />
        </label>
        <label>
          Role
          <input
            type="text"
            value={spec.role}
            maxLength={200}
            onChange={(e) => set('role', e.target.value)}
          />
        </label>
      </div>
      <div className="sheet-form-row">
        <label>
          Level
          <select value={spec.level} onChange={(e) => set('level', e.target.value as SheetSpec['level'])}>
            {TARGET_LEVELS.map((level) => (
              <option key={level} value={level}>
                {LEVEL_LABELS[level]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Layout
          <select value={spec.layout} onChange={(e) => set('layout', e.target.value as SheetSpec['layout'])}>
            {SHEET_LAYOUTS.map((layout) => (
              <option key={layout} value={layout}>
                {LAYOUT_LABELS[layout]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Paper
          <select value={spec.paper} onChange={(e) => set('paper', e.target.value as SheetSpec['paper'])}>
            {PAPER_SIZES.map((paper) => (
              <option key={paper} value={paper}>
                {PAPER_LABELS[paper]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <fieldset className="sheet-competencies">
        <legend>Areas to cover</legend>
        <div className="sheet-presets" role="group" aria-label="Start from">
          <span>Start from:</span>
          {COMPETENCY_PRESETS.map((preset) => (
            <button
              key={preset.id}
              type="button"
              className="link-button"
              onClick={() => onChange(applyPreset(spec, preset.id))}
            >
              {PRESET_LABELS[preset.id] ?? preset.label}
            </button>
          ))}
        </div>
        <div className="sheet-chips">
          {competencies.map((competency) => {
            const on = spec.competencies.includes(competency.id)
            return (
              <button
                key={competency.id}
                type="button"
                className={on ? 'sheet-chip sheet-chip-on' : 'sheet-chip'}
                aria-pressed={on}
                onClick={() => onChange(toggleCompetency(spec, competency.id))}
              >
                {competency.name}
              </button>
            )
          })}
        </div>
      </fieldset>
      <label className="sheet-questions">
        Questions to ask the interviewer (one per line)
        <textarea
          value={spec.questionsToAsk.join('\n')}
          rows={4}
          onChange={(e) =>
            // Keep the person's line breaks while typing; blank lines are dropped when the sheet is built.
            set('questionsToAsk', e.target.value.split('\n').slice(0, 20))
          }
          onBlur={(e) => set('questionsToAsk', questionsFromText(e.target.value))}
        />
      </label>
    </div>
  )
}
