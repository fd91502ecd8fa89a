/**
 * `assess()`: the readiness verdict, its reasons and the load plan (DESIGN §3).
 */
import { REQUIRED_ANSWER_IDS, validateAnswers, type Activity, type AnswerId, type Answers } from '../schema/answers.js';
import type { Condition } from '../schema/condition.js';
import type { ContentPack, Source } from '../schema/content.js';
import type { Verdict } from '../schema/vocabulary.js';
import { fill } from '../text.js';
import { kgToLb, toCuffStep } from '../units.js';
import { own, deepFreeze } from '../input.js';
import { planPlaceholders } from './words.js';
import { customQuestionIds, matches } from './condition.js';
import {
  CALORIE_MODEL,
  INCOMPLETE_RULE_ID,
  LOCKED_RULES,
  PLAN_NUMBERS,
  PLAN_VERDICTS,
  PROFESSIONAL_FIRST,
  RUNNING_BODY_WEIGHT_SHARE,
  SEVERITY,
} from './safety.js';

export interface Reason {
  id: string;
  verdict: Verdict;
  text: string;
  source?: Source;
}

export interface Range {
  start: number;
  max: number;
}

export interface LoadPlan {
  perAnkleKg: Range;
  perAnkleLb: Range;
  sessionsPerWeek: Range;
  minutesPerSession: { max: number };
  progression: { stepKg: number; stepLb: number; everyWeeks: number; text: string };
  /**
   * Extra kcal in one session at the starting load, where body weight is known: `low` is 0
   * because runners who set their own pace slow down and the extra cost disappears (Bhambhani 1990).
   */
  extraKcal: { low: number; typical: number; high: number } | null;
}

export interface Assessment {
  verdict: Verdict;
  activity: Activity;
  /** Every fired rule, the most severe first. */
  reasons: Reason[];
  load: LoadPlan | null;
  complete: boolean;
  /** Required answers not (validly) given, and any answer whose value was invalid. */
  missing: AnswerId[];
  /** The validated answers the assessment was computed from. */
  answers: Answers;
}

interface EvaluatedRule {
  id: string;
  verdict: Verdict;
  when: Condition;
  text: string;
  source?: Source;
}

const severityOrder = (a: { verdict: Verdict }, b: { verdict: Verdict }) => SEVERITY[b.verdict] - SEVERITY[a.verdict];

function planFor(activity: Activity, verdict: 'ready' | 'caution', answers: Answers, content: ContentPack): LoadPlan {
  const n = PLAN_NUMBERS[activity][verdict];
  let capKg = n.perAnkleKg.max;
  let capLb = n.perAnkleLb.max;
  const bodyKg: number | undefined = own(answers, 'bodyWeightKg');
  if (activity === 'running' && bodyKg !== undefined) {
    // Invariant 4: both ankles together at or under 3 % of body weight.
    const perAnkle = (bodyKg * RUNNING_BODY_WEIGHT_SHARE) / 2;
    capKg = Math.min(capKg, perAnkle);
    capLb = Math.min(capLb, kgToLb(perAnkle));
  }
  const maxKg = toCuffStep(capKg, 'kg');
  const maxLb = toCuffStep(capLb, 'lb');
  const perAnkleKg = { start: Math.min(n.perAnkleKg.start, maxKg), max: maxKg };
  const perAnkleLb = { start: Math.min(n.perAnkleLb.start, maxLb), max: maxLb };
  let extraKcal: LoadPlan['extraKcal'] = null;
  if (bodyKg !== undefined) {
    const model = CALORIE_MODEL[activity];
    const gross = model.met * bodyKg * (n.minutesPerSession.max / 60);
    const totalKg = 2 * perAnkleKg.start;
    extraKcal = {
      low: 0,
      typical: Math.round(gross * model.perKg.typical * totalKg),
      high: Math.round(gross * model.perKg.high * totalKg),
    };
  }
  return {
    perAnkleKg,
    perAnkleLb,
    sessionsPerWeek: { ...n.sessionsPerWeek },
    minutesPerSession: { ...n.minutesPerSession },
    progression: { stepKg: n.progression.stepKg, stepLb: n.progression.stepLb, everyWeeks: n.progression.everyWeeks, text: fill(content.plans[activity].progression, planPlaceholders(activity, verdict, content.locale)) },
    extraKcal,
  };
}

/** The locked rules with their pack texts, then the pack's own rules. */
function rulesOf(content: ContentPack): EvaluatedRule[] {
  const locked = LOCKED_RULES.map((r) => ({ ...r, text: content.reasons[r.id] ?? r.id }));
  return [...locked, ...content.rules];
}

const rulesCache = new WeakMap<ContentPack, { rules: EvaluatedRule[]; customIds: string[] }>();

function compiled(content: ContentPack) {
  let entry = rulesCache.get(content);
  if (!entry) {
    entry = { rules: rulesOf(content), customIds: customQuestionIds(content) };
    rulesCache.set(content, entry);
  }
  return entry;
}

/** The condition of a reason's rule, a locked one before the pack's; undefined for none (the `incomplete` note). */
export function ruleWhen(content: ContentPack, reasonId: string): Condition | undefined {
  return compiled(content).rules.find((r) => r.id === reasonId)?.when;
}

/**
 * Assesses a reader's readiness. Never throws on answers: bad values count as unanswered and are
 * listed in `missing`. Screening answers decide at once, whatever else is unanswered.
 * `content` must be a validated pack.
 */
export function assessWith(content: ContentPack, input: unknown): Assessment {
  const { rules, customIds } = compiled(content);
  const { answers, invalid } = validateAnswers(input, customIds);
  const missing = REQUIRED_ANSWER_IDS.filter((id) => own(answers, id) === undefined) as AnswerId[];
  for (const id of invalid) if (!missing.includes(id)) missing.push(id);
  const complete = missing.length === 0;
  // An unknown activity is assessed as running, the stricter of the two.
  const activity: Activity = own(answers, 'activity') ?? 'running';
  const effective: Answers = { ...answers, activity };

  const reasons: Reason[] = [];
  for (const rule of rules) {
    if (matches(rule.when, effective)) {
      const reason: Reason = { id: rule.id, verdict: rule.verdict, text: rule.text };
      if (rule.source) reason.source = rule.source;
      reasons.push(reason);
    }
  }
  if (!complete) {
    reasons.push({ id: INCOMPLETE_RULE_ID, verdict: 'caution', text: content.reasons[INCOMPLETE_RULE_ID] ?? INCOMPLETE_RULE_ID });
  }
  reasons.sort(severityOrder); // stable: rule order breaks ties
  const verdict: Verdict = reasons[0]?.verdict ?? 'ready';
  // Invariant 3: a plan only for ready or caution, and only when complete. Invariant 13: none
  // where a reason asks for a professional first.
  const load =
    complete && PLAN_VERDICTS.includes(verdict) && !reasons.some((r) => PROFESSIONAL_FIRST.has(r.id))
      ? planFor(activity, verdict as 'ready' | 'caution', answers, content)
      : null;
  // Invariant 17: nothing a listener or a host does to it changes what any widget shows.
  return deepFreeze({ verdict, activity, reasons, load, complete, missing, answers });
}
