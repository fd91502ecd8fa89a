/**
 * The rules engine: pure TypeScript, no DOM, no lit, no clock, no randomness. Functions here
 * take the content pack explicitly; `src/core.ts` binds them to the English pack.
 */
export * from './schema/answers.js';
export { conditionSchema, type Condition, type ConditionAnswerId } from './schema/condition.js';
export * from './schema/content.js';
export { ContentError, type ContentIssue } from './errors.js';
export { matches, checkCondition } from './rules/condition.js';
export { parseContent, safeParseContent, ensureValidPack, trustPack, checkPack, customQuestionIds, type SafeParseContentResult } from './rules/pack.js';
export { assessWith, type Assessment, type LoadPlan, type Reason, type Range } from './rules/readiness.js';
export {
  rankAlternativesWith,
  CRITERIA_WEIGHTS,
  type RankConstraints,
  type RankInput,
  type RankedAlternative,
  type WhyItem,
  type Criterion,
} from './rules/alternatives.js';
export { claimsWith, type ClaimView, type ClaimsInput } from './rules/claims.js';
export { ctaAllowed, visibleCtas, attachCtas, type Cta } from './rules/cta.js';
export {
  LOCKED_RULES,
  LOCKED_REASON_IDS,
  INCOMPLETE_RULE_ID,
  PLAN_NUMBERS,
  IMPACT_FLOOR,
  SEVERITY,
  KG_PER_LB,
  CUFF_STEP,
  RUNNING_BODY_WEIGHT_SHARE,
  type LockedRule,
} from './rules/safety.js';
export * from './units.js';
