/**
 * What a result shows below its summary: the reasons, the answers behind each, and the plan's
 * texts. Only the quiz's result (a chunk loaded after the first screen) and `loadwise/core` use
 * these, so they stay out of the engine's barrel and out of the first screen's bundle.
 */
import type { Activity, Answers } from '../schema/answers.js';
import type { ContentPack, PlanText } from '../schema/content.js';
import type { Verdict } from '../schema/vocabulary.js';
import { fill } from '../text.js';
import { answerOf, idsOf } from './condition.js';
import { ruleWhen, type Assessment } from './readiness.js';
import { INCOMPLETE_RULE_ID } from './safety.js';
import { isEnding, planPlaceholders } from './words.js';

/**
 * The reasons a result lists: every one that fired, without the "answer every question" note
 * after an early exit (a screening "yes"), where missing answers are beside the point.
 */
export function reasonsShown(assessment: Pick<Assessment, 'verdict' | 'reasons'>): Assessment['reasons'] {
  return isEnding(assessment.verdict) ? assessment.reasons.filter((r) => r.id !== INCOMPLETE_RULE_ID) : assessment.reasons;
}

/**
 * The answers behind a reason: the ids its rule tests that have an answer, in the rule's order
 * (the quiz's "Your answers:" under a reason). Empty for a reason without a rule (`incomplete`).
 */
export function answersBehindWith(content: ContentPack, reasonId: string, answers: Answers): string[] {
  const when = ruleWhen(content, reasonId);
  return when ? [...idsOf(when)].filter((id) => answerOf(answers, id) !== undefined) : [];
}

/** A plan's texts with their numbers filled in from the locked tables (a `ready` plan's, else the careful one's). */
export function planTextWith(content: ContentPack, activity: Activity, verdict: Verdict): PlanText {
  const values = planPlaceholders(activity, verdict === 'ready' ? 'ready' : 'caution', content.locale);
  const plan = content.plans[activity];
  const all = (lines: readonly string[]) => lines.map((line) => fill(line, values));
  return { progression: fill(plan.progression, values), warmUp: all(plan.warmUp), formCues: all(plan.formCues), stopSigns: all(plan.stopSigns) };
}
