import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect } from '../fixtures'

/** What a failure prints: the rule, how bad, what it means, and where (a few selectors). */
function describe(violation: {
  id: string
  impact?: string | null
  help: string
  nodes: Array<{ target: unknown[] }>
}): string {
  const where = violation.nodes
    .slice(0, 4)
    .map((node) => node.target.map(String).join(' '))
    .join(' | ')
  return `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.length}× e.g. ${where}`
}

/**
 * Runs axe over the page as it is now and fails on any serious or critical violation. `label` names
 * the screen in the failure ("matrix, Amazon lens, dark"). Reuse it for every new view.
 */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  // Soft: one run lists every screen's problems; the test still fails if there is any.
  expect.soft(serious.map(describe), `accessibility of ${label}`).toEqual([])
}
