import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react'
import type { Result, StoryVaultBridge } from '../../../../shared/contract'
import type { QuestionView } from '../../../../shared/contract/practice'
import type { Story } from '../../../../shared/story/schema'
import { useVault } from '../../state/vault-context'

/**
 * Practice data lives in main (own questions, cards, history); the renderer asks for it per view.
 * Writes bump one counter so the header badge, the bank and the editor read again.
 */
let revision = 0
const listeners = new Set<() => void>()

export function practiceChanged(): void {
  revision += 1
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function usePracticeRevision(): number {
  return useSyncExternalStore(
    subscribe,
    () => revision,
    () => revision,
  )
}

export interface Query<T> {
  value: T | undefined
  error: string | null
  /** True while the newest request has not answered yet (the last value stays shown). */
  loading: boolean
}

/**
 * Asks main again whenever practice data, the stories or `key` change. Keeps the last answer while
 * the next one loads (no flicker) and says why when it failed. `load` may change identity freely;
 * everything it depends on must be in `key`.
 */
export function usePracticeQuery<T>(
  load: (bridge: StoryVaultBridge) => Promise<Result<T>>,
  key: string,
  initial?: T,
): Query<T> {
  const vault = useVault()
  const rev = usePracticeRevision()
  const stamp = `${key}|${rev}`
  const run = useEffectEvent(() => load(vault.bridge))
  const [state, setState] = useState<{ value: T | undefined; error: string | null; for: string }>({
    value: initial,
    error: null,
    for: '',
  })
  const stories = vault.stories
  useEffect(() => {
    let live = true
    void run().then((result) => {
      if (!live) return
      setState((previous) =>
        result.ok
          ? { value: result.value, error: null, for: stamp }
          : { value: previous.value, error: result.error.message, for: stamp },
      )
    })
    return () => {
      live = false
    }
  }, [vault.bridge, stamp, stories])
  return { value: state.value, error: state.error, loading: state.for !== stamp }
}

/** Questions picked in the question bank for a hand-picked deck (kept while the app runs). */
let picked: readonly string[] = []
const pickListeners = new Set<() => void>()

export function setPickedQuestions(next: readonly string[]): void {
  picked = next
  for (const listener of pickListeners) listener()
}

export function usePickedQuestions(): readonly string[] {
  return useSyncExternalStore(
    (listener) => {
      pickListeners.add(listener)
      return () => pickListeners.delete(listener)
    },
    () => picked,
    () => picked,
  )
}

/** Another view (a loop round) asked for a session on its own questions: the next chooser opens on them. */
let pickedDeckWanted = false

export function practiseQuestions(questions: readonly string[]): void {
  setPickedQuestions(questions)
  pickedDeckWanted = true
}

export function takePickedDeckRequest(): boolean {
  const wanted = pickedDeckWanted
  pickedDeckWanted = false
  return wanted
}

/** A question another view asked the question bank to show (e.g. "Open" in the story editor). */
let wantedQuestion: string | null = null

export function showQuestion(text: string): void {
  wantedQuestion = text
}

export function peekWantedQuestion(): string | null {
  return wantedQuestion
}

export function clearWantedQuestion(): void {
  wantedQuestion = null
}

/** The header badge asks the practice view for the "Due now" deck (the view listens while shown). */
const dueDeckListeners = new Set<() => void>()

export function requestDueDeck(): void {
  for (const listener of dueDeckListeners) listener()
}

export function onDueDeckRequest(listener: () => void): () => void {
  dueDeckListeners.add(listener)
  return () => dueDeckListeners.delete(listener)
}

/** The question bank's last answer, so opening that view draws the full list in its first frame. */
let questionsCache: { value: QuestionView[]; revision: number; stories: readonly Story[] } | undefined

export function cachedQuestions(): QuestionView[] | undefined {
  return questionsCache?.value
}

/** True when the cached questions were read after the last practice change and for these stories. */
export function questionsFresh(stories: readonly Story[], at = revision): boolean {
  return questionsCache?.revision === at && questionsCache.stories === stories
}

export function cacheQuestions(value: QuestionView[], stories: readonly Story[], at = revision): void {
  questionsCache = { value, revision: at, stories }
}

/**
 * Reads the questions once, in the background, soon after the app opens: with thousands of own
 * questions the first visit to the bank then draws at once instead of waiting for main.
 */
export function prefetchQuestions(bridge: StoryVaultBridge, stories: readonly Story[]): void {
  if (questionsFresh(stories)) return
  const at = revision
  void bridge.invoke('practice:questions', {}).then((result) => {
    if (result.ok) cacheQuestions(result.value, stories, at)
  })
}
