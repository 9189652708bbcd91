import type { StoryFields } from './schema'

export type StoryField = keyof StoryFields

/** What each editable field is called on screen and in files, in the order forms and files list them. */
export const STORY_FIELD_LABELS: Readonly<Record<StoryField, string>> = {
  title: 'Title',
  situation: 'Situation',
  task: 'Task',
  action: 'Action',
  result: 'Result',
  learnings: 'Learnings',
  competencies: 'Competencies',
  rejectedCompetencies: 'Rejected competencies',
  tags: 'Tags',
  company: 'Company',
  role: 'Role',
  year: 'Year',
  people: 'People',
  teams: 'Teams',
  durationWeeks: 'Duration (weeks)',
  reach: 'Reach',
  metrics: 'Metrics',
  shortVersion: '30-second version',
  questions: 'Questions',
}

export const STORY_FIELDS = Object.keys(STORY_FIELD_LABELS) as readonly StoryField[]
