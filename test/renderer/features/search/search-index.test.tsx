// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { hasIndexFor, useSearchIndexWarmUp } from '../../../../src/renderer/src/features/search/search-index'
import type { Story } from '../../../../src/shared/story/schema'
import { makeStory } from '../../fake-bridge'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

function WarmUp({ stories }: { stories: readonly Story[] }) {
  useSearchIndexWarmUp(stories)
  return null
}

describe('search index warm-up', () => {
  it('builds the index once the app is idle, before anyone searches', async () => {
    vi.useFakeTimers()
    const stories = [makeStory({ id: 'a', title: 'Moved the billing database without downtime' })]
    render(<WarmUp stories={stories} />)
    expect(hasIndexFor(stories)).toBe(false)
    await act(async () => {
      await vi.advanceTimersByTimeAsync(6_000)
    })
    expect(hasIndexFor(stories)).toBe(true)

    const edited = [...stories, makeStory({ id: 'b', title: 'Mentored a new lead' })]
    render(<WarmUp stories={edited} />)
    expect(hasIndexFor(edited)).toBe(false)
    await act(async () => {
      await vi.advanceTimersByTimeAsync(6_000)
    })
    expect(hasIndexFor(edited)).toBe(true)
  })
})
