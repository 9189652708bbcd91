import { useState } from 'react'
import { questionKey } from '../../../../shared/practice/schedule'
import type { Story } from '../../../../shared/story/schema'
import { useVault } from '../../state/vault-context'
import { practiceChanged } from '../practice/practice-store'

type LinkChannel = 'practice:link' | 'practice:unlink'

export interface TellThisOne {
  story: Story
  /** The story already answers this question (the person linked it before or just now). */
  linked: boolean
  /** Linked from here a moment ago: Undo is offered. */
  justLinked: boolean
  disabled: boolean
  link(): Promise<void>
  undo(): Promise<void>
}

/**
 * "I tell this one": the person's choice of story for the question they searched, kept as a link, so
 * the next question like it finds that story first and practice can schedule the pair. Undo unlinks.
 */
export function useTellThisOne(question: string, story: Story | undefined): TellThisOne | null {
  const vault = useVault()
  const [busy, setBusy] = useState(false)
  const [justLinked, setJustLinked] = useState<{ storyId: string; question: string } | null>(null)
  if (!story) return null
  const text = question.trim()
  const linked = story.questions.some((q) => questionKey(q) === questionKey(text))
  const disabled = busy || !text || vault.snapshot?.health.kind === 'read-only'

  const change = async (channel: LinkChannel, link: { storyId: string; question: string }) => {
    setBusy(true)
    const result = await vault.bridge.invoke(channel, link)
    setBusy(false)
    if (!result.ok) {
      vault.reportError(result.error.message)
      return false
    }
    vault.storyChanged(result.value)
    practiceChanged()
    return true
  }
  return {
    story,
    linked,
    justLinked:
      linked && justLinked?.storyId === story.id && questionKey(justLinked.question) === questionKey(text),
    disabled,
    link: async () => {
      const link = { storyId: story.id, question: text }
      if (!disabled && !linked && (await change('practice:link', link))) setJustLinked(link)
    },
    undo: async () => {
      if (justLinked && (await change('practice:unlink', justLinked))) setJustLinked(null)
    },
  }
}

/** The palette's control for the active result, in its footer: link it, or say it is linked. */
export function TellThisOneControl({ tell }: { tell: TellThisOne }) {
  if (tell.justLinked)
    return (
      <span className="search-palette-linked">
        Linked.{' '}
        <button
          type="button"
          className="link-button"
          disabled={tell.disabled}
          onClick={() => void tell.undo()}
        >
          Undo
        </button>
      </span>
    )
  if (tell.linked) return <span className="search-palette-linked">Your story for this question</span>
  return (
    <button
      type="button"
      className="search-result-tell"
      disabled={tell.disabled}
      aria-keyshortcuts="Control+Enter Meta+Enter"
      title="Link this question to this story (Ctrl/Cmd+Enter): search puts it first for questions like this, and practice schedules the pair"
      onClick={() => void tell.link()}
    >
      I tell this one
    </button>
  )
}

/** A full-width line above the footer, just after linking: what the link will do. */
export function TellThisOneNote({ tell }: { tell: TellThisOne }) {
  return (
    <p className="search-palette-note" role="status">
      {tell.justLinked ? `Linked: questions like this now find “${tell.story.title}” first.` : ''}
    </p>
  )
}
