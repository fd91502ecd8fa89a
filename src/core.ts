/**
 * The `loadwise/core` entry (built to `dist/core.js`): the pure rules core bound to the default
 * English pack. Runs in browsers and in Node.
 *
 * ```js
 * import { assess } from 'loadwise/core';
 * assess({ activity: 'running', jointProblem: 'current' }).verdict; // 'see-professional'
 * ```
 */
import { en } from './content/en.js';
import { answersBehindWith } from './core/rules/result.js';
import {
  assessWith,
  claimsWith,
  ensureValidPack,
  rankAlternativesWith,
  trustPack,
  verdictTextWith,
  type VerdictText,
  type Answers,
  type Assessment,
  type ClaimView,
  type ClaimsInput,
  type ContentPack,
  type RankInput,
  type RankedAlternative,
} from './core/index.js';
import { own } from './core/input.js';

// The public surface of dist/core.js. Every export name stays in the bundle, so internals
// (the engine's `*With` functions, schemas, locked tables) are reached through src/core/index.ts.
export {
  ContentError,
  parseContent,
  safeParseContent,
  visibleCtas,
  attachCtas,
  ctaAllowed,
  isCommerce,
  offerOf,
  outcomesOf,
  kgToLb,
  lbToKg,
  floorToStep,
  toCuffStep,
  defaultUnits,
  formatWeight,
  formatMinutes,
  formatNumber,
  ANSWER_IDS,
  REQUIRED_ANSWER_IDS,
  SCREENING_FLAGS,
  ACTIVITIES,
  JOINT_PROBLEMS,
  AGE_BANDS,
  RUN_FREQUENCIES,
  WEIGHTED_BEFORE,
  GOALS,
  BODY_WEIGHT_KG,
  sectionOf,
  VERDICTS,
  CERTAINTIES,
  TOPICS,
  IMPACTS,
  EQUIPMENT,
  SEVERITY,
  ENDING_VERDICTS,
  NO_PLAN_VERDICTS,
  PLAN_VERDICTS,
  isEnding,
  OPTIONAL_ANSWER_IDS,
} from './core/index.js';
export type * from './core/index.js';

export interface CoreOptions {
  /** A validated pack (see `parseContent`). Default: the English pack. */
  content?: ContentPack;
}

/** The built-in English pack. Validated by the test suite, so trusted without a parse at start-up. */
export const defaultContent: ContentPack = trustPack(en);

function packOf(options: CoreOptions | undefined): ContentPack {
  const content: ContentPack | null | undefined = own(options, 'content');
  return content === undefined || content === null ? defaultContent : ensureValidPack(content);
}

/**
 * Assesses whether, and how, the reader can run or walk with ankle weights. Never throws on
 * answers; throws `ContentError` only for an invalid `options.content`.
 */
export function assess(answers: unknown, options?: CoreOptions): Assessment {
  return assessWith(packOf(options), answers);
}

/** Ranks the alternatives for the reader's goals and limits, best first, excluded ones last. */
export function rankAlternatives(input?: RankInput, options?: CoreOptions): RankedAlternative[] {
  return rankAlternativesWith(packOf(options), input);
}

/** Benefits and risks with certainty and sources, those that apply to the reader first. */
export function claims(input?: ClaimsInput, options?: CoreOptions): ClaimView[] {
  return claimsWith(packOf(options), input);
}

/**
 * What a result says, from the reasons that fired: its title, summary and advice (invariant 13).
 * A cold reads as rest-and-retake, a pregnancy as talk-to-your-midwife-or-doctor.
 */
export function verdictText(assessment: Assessment, options?: CoreOptions): VerdictText {
  return verdictTextWith(packOf(options), assessment);
}

/**
 * The answers behind one of an assessment's reasons: the ids its rule tests that the reader
 * answered, in the rule's order (what the quiz lists under "Your answers:"). Empty for a reason
 * with no rule, such as `incomplete`.
 */
export function answersBehind(assessment: Assessment, reasonId: string, options?: CoreOptions): string[] {
  const answers: Answers | undefined = own(assessment, 'answers');
  return typeof reasonId === 'string' && typeof answers === 'object' && answers !== null ? answersBehindWith(packOf(options), reasonId, answers) : [];
}
