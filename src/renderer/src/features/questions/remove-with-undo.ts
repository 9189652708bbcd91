import type { OwnQuestion } from '../../../../shared/practice/schema'
import type { VaultApi } from '../../state/vault-context'
import { practiceChanged } from '../practice/practice-store'

const LABEL_CHARS = 60

/** A question as a toast can show it: whole when short, else cut at a word with an ellipsis. */
export function shortQuestion(text: string): string {
  if (text.length <= LABEL_CHARS) return text
  const cut = text.slice(0, LABEL_CHARS)
  const space = cut.lastIndexOf(' ')
  return `${(space > LABEL_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`
}

/** "Remove question" was done: Ctrl/Cmd+Z and the toast put the own question back as it was. */
export function offerQuestionBack(vault: VaultApi, removed: OwnQuestion): void {
  vault.offerUndo(`Removed the question “${shortQuestion(removed.text)}”`, async () => {
    const result = await vault.bridge.invoke('practice:restore-question', removed)
    if (result.ok) practiceChanged()
    return result
  })
}

/**
 * A question was taken off a story's "Questions this story answers" (saved by the editor's autosave):
 * undo saves what is typed first, then puts the question back in its place, and the editor re-reads.
 */
export function offerStoryQuestionBack(
  vault: VaultApi,
  link: { storyId: string; storyTitle: string; question: string; at: number },
): void {
  const { storyId, question, at } = link
  vault.offerUndo(`Removed “${shortQuestion(question)}” from “${link.storyTitle}”`, async () => {
    await vault.flushEdits()
    const result = await vault.bridge.invoke('practice:link', { question, storyId, at })
    if (!result.ok) return result
    // A form kept unsaved (text that cannot be saved yet) must not drop the question again.
    const form = vault.unsavedForms.get(storyId)
    if (form) vault.unsavedForms.set(storyId, { ...form, questions: result.value.questions })
    vault.storyChanged(result.value, { reread: true })
    practiceChanged()
    return result
  })
}
