export * from './schema'
export { companyKey, sameCompany, COMPANY_ALIASES } from './company'
export { focusAreas, loopLens, principlesInText, type FocusArea } from './focus'
export { likelyQuestions, questionKey, type LikelyQuestion } from './questions'
export { toldToCompany, liveLoops, type ToldBefore } from './history'
export {
  planLoop,
  bestCandidate,
  type PlanContext,
  type LoopPlan,
  type RoundPlan,
  type PlanSlot,
  type PlannedStory,
  type Candidate,
} from './plan'
export { loopWarnings, type LoopWarning, type LoopFix, type WarningKind } from './warnings'
export { describeCountdown, formatRoundTime, nextRound, byNextRound, isPast, roundDate } from './countdown'
export { roundSheet, roundSheetSpec } from './sheet'
export { applyRoundLog, LogError } from './log'
