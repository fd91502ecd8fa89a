/**
 * The rules engine without zod: what the elements import. Functions take a validated content
 * pack explicitly. Validation (zod/mini) lives in `./index.ts` and loads only where it is used.
 */
export * from './schema/answers.js';
export * from './schema/vocabulary.js';
export { CONDITION_KINDS, type Condition, type ConditionAnswerId, type ConditionValue } from './schema/condition.js';
export type { Alternative, Claim, ContentPack, PackRule, PlanText, Question, Source } from './schema/content.js';
export { ContentError, type ContentIssue } from './errors.js';
export { matches, customQuestionIds, idsOf } from './rules/condition.js';
export { checkCondition, domainOf, type ConditionProblem } from './rules/condition.check.js';
export { assessWith, ruleWhen, type Assessment, type LoadPlan, type Reason, type Range } from './rules/readiness.js';
export { floorOf, withFloor, type Floor } from './rules/floor.js';
export {
  rankAlternativesWith,
  inputsFromAnswers,
  standingChoice,
  fitLevel,
  topReasons,
  splitReasons,
  fitOf,
  CRITERIA_WEIGHTS,
  type FitView,
  type FitLevel,
  type RankConstraints,
  type RankInput,
  type RankedAlternative,
  type WhyItem,
  type Criterion,
} from './rules/alternatives.js';
export { rankingChange, type RankingChange } from './rules/ranking-change.js';
export {
  claimsWith,
  sortByCertainty,
  tallyEvidence,
  pickClaims,
  firstScreenCount,
  FIRST_SCREEN,
  isSettled,
  forYouWith,
  faqWith,
  type ClaimView,
  type ClaimsInput,
  type EvidenceTally,
  type ForYou,
  type FaqEntry,
  type FaqPersonal,
  type FaqView,
} from './rules/claims.js';
export { ctaAllowed, visibleCtas, attachCtas, isCommerce, type Cta } from './rules/cta.js';
export { offerOf, nextStepOf, excludedBy, safetyImpact, isAnkleWeightOption, type Offer, type OfferLevel, type Exclusion } from './rules/offer.js';
export { verdictTextWith, outcomesOf, isEnding, planPlaceholders, lockedPlaceholders, alternativeTextWith, type VerdictText } from './rules/words.js';
export {
  LOCKED_RULES,
  LOCKED_REASON_IDS,
  INCOMPLETE_RULE_ID,
  PLAN_NUMBERS,
  IMPACT_FLOOR,
  ANKLE_WEIGHT_OPTIONS,
  ENDING_VERDICTS,
  NO_PLAN_VERDICTS,
  PLAN_VERDICTS,
  PROFESSIONAL_FIRST,
  OUTCOMES,
  OUTCOME_OF_RULE,
  PLAN_TEXT_NUMBERS,
  SEVERITY,
  KG_PER_LB,
  CUFF_STEP,
  RUNNING_BODY_WEIGHT_SHARE,
  type LockedRule,
  type Outcome,
} from './rules/safety.js';
export * from './units.js';
export {
  stepsOf,
  answerOf,
  OPTIONAL_ANSWER_IDS,
  QUESTION_CHOICES,
  missingOf,
  prefillThatCounts,
  announcesAnswer,
  QUIZ_START,
  lastStep,
  progressOf,
  start,
  missingOn,
  next,
  back,
  resumeAt,
  settle,
  type Step,
  type QuizState,
  type QuizPath,
  type Progress,
} from './flow/steps.js';
