import { z } from 'zod'
import data from '../../../content/demo-vault.json'
import { StoryFieldsSchema, type StoryFields } from '../story/schema'
import { parseContent } from './parse'

const DemoVaultSchema = z.object({ stories: z.array(StoryFieldsSchema).min(1) })

/** Sample stories that show what a strong story looks like; loaded when a person asks for the demo vault. */
export const demoStories: readonly StoryFields[] = parseContent(
  DemoVaultSchema,
  data,
  'demo-vault.json',
).stories
