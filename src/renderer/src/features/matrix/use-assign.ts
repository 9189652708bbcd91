import { useCallback, useEffect, useState } from 'react'
import { competencyName } from '../../../../shared/competencies/framework'
import type { Story } from '../../../../shared/story/schema'
import { useVault } from '../../state/vault-context'

/** What the matrix's undo toast offers to put back. */
export interface AssignChange {
  message: string
  storyId: string
  before: Pick<Story, 'competencies' | 'rejectedCompetencies'>
}

const VISIBLE_MS = 10_000

type Draft = Omit<Story, 'createdAt' | 'updatedAt'>

function draftOf(story: Story, fields: Pick<Story, 'competencies' | 'rejectedCompetencies'>): Draft {
  const { createdAt: _created, updatedAt: _updated, ...rest } = story
  return { ...rest, ...fields }
}

/** Assigns or unassigns a competency from a matrix cell, with one step of undo. */
export function useAssignFromMatrix() {
  const { stories, saveStory, flushEdits, reportError } = useVault()
  const [last, setLast] = useState<AssignChange | null>(null)

  useEffect(() => {
    if (!last) return
    const timer = setTimeout(() => setLast(null), VISIBLE_MS)
    return () => clearTimeout(timer)
  }, [last])

  const save = useCallback(
    async (story: Story, fields: Pick<Story, 'competencies' | 'rejectedCompetencies'>) => {
      await flushEdits()
      const result = await saveStory(draftOf(story, fields))
      if (!result.ok) reportError(result.error.message)
      return result.ok
    },
    [flushEdits, saveStory, reportError],
  )

  const toggle = useCallback(
    async (story: Story, competencyId: string) => {
      const assigned = story.competencies.includes(competencyId)
      const before = { competencies: story.competencies, rejectedCompetencies: story.rejectedCompetencies }
      const fields = assigned
        ? { ...before, competencies: story.competencies.filter((c) => c !== competencyId) }
        : {
            competencies: [...story.competencies, competencyId],
            rejectedCompetencies: story.rejectedCompetencies.filter((c) => c !== competencyId),
          }
      const name = competencyName(competencyId)
      if (await save(story, fields)) {
        setLast({
          storyId: story.id,
          before,
          message: assigned
            ? `Removed ${name} from “${story.title}”`
            : `Assigned ${name} to “${story.title}”`,
        })
      }
    },
    [save],
  )

  const undo = useCallback(async () => {
    if (!last) return
    const story = stories.find((s) => s.id === last.storyId)
    setLast(null)
    if (story) await save(story, last.before)
  }, [last, stories, save])

  return { last, toggle, undo, dismiss: () => setLast(null) }
}
