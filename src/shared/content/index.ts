export {
  competencies,
  competencyById,
  coreCompetencies,
  CompetencySchema,
  ChecklistItemSchema,
  type Competency,
  type ChecklistItem,
} from './competencies'
export {
  lenses,
  lensById,
  lensItemsFor,
  LensSchema,
  LensItemSchema,
  type Lens,
  type LensItem,
} from './lenses'
export { scopeRubric, rubricFor, LevelRubricSchema, type ScopeRubric, type LevelRubric } from './scope-rubric'
export {
  questionBank,
  questionsFor,
  primaryCompetency,
  QuestionSchema,
  type Question,
  type QuestionKind,
} from './question-bank'
export { demoStories } from './demo-vault'
export { interviewPrep, PrepItemSchema, type InterviewPrep, type PrepItem } from './interview-prep'
export { parseContent } from './parse'
