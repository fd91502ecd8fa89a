/**
 * The locked safety layer (DESIGN §3, invariants 1–9). Nothing here comes from a content pack:
 * a pack supplies only the words. Numbers are expert-opinion defaults anchored to the study loads
 * in shared/evidence.md §c2; none of them is a validated safety threshold.
 */
import type { Condition } from '../schema/condition.js';
import type { Activity } from '../schema/answers.js';
import type { Source } from '../schema/content.js';
// Citations for the locked rules: the catalogue's sources, each written once.
import { ACSM_SCREENING, MAYO, NIELSEN_JOSPT, NIELSEN_PLOS as NIELSEN, PAR_Q, TROUNSON } from '../catalogue/sources.js';
import type { Impact, Verdict } from '../schema/vocabulary.js';

export const SEVERITY: Readonly<Record<Verdict, number>> = {
  'see-professional': 4,
  wait: 3,
  'not-recommended': 2,
  caution: 1,
  ready: 0,
};

export const KG_PER_LB = 0.45359237;
/** Real cuff steps: displayed loads round down to these. */
export const CUFF_STEP = { kg: 0.25, lb: 0.5 } as const;
/** Both ankles together stay at or under this share of body weight when running (Trounson 2020). */
export const RUNNING_BODY_WEIGHT_SHARE = 0.03;

interface PlanNumbers {
  perAnkleKg: { start: number; max: number };
  perAnkleLb: { start: number; max: number };
  sessionsPerWeek: { start: number; max: number };
  minutesPerSession: { max: number };
  progression: { stepKg: number; stepLb: number; everyWeeks: number; addMinutes: { min: number; max: number } };
}

/**
 * Plans by activity and verdict. Running: at most 1.1 kg (2.5 lb) per ankle and 2 sessions a
 * week (invariants 4–5). Walking: at most 2.3 kg (5 lb) per ankle. `caution` plans keep a lower
 * ceiling, fewer sessions to start and shorter sessions: a product choice, made to be careful.
 */
export const PLAN_NUMBERS: Readonly<Record<Activity, Record<'ready' | 'caution', PlanNumbers>>> = {
  running: {
    ready: {
      perAnkleKg: { start: 0.5, max: 1.1 },
      perAnkleLb: { start: 1, max: 2.5 },
      sessionsPerWeek: { start: 1, max: 2 },
      minutesPerSession: { max: 20 },
      progression: { stepKg: 0.25, stepLb: 0.5, everyWeeks: 2, addMinutes: { min: 0, max: 0 } },
    },
    caution: {
      perAnkleKg: { start: 0.5, max: 0.75 },
      perAnkleLb: { start: 1, max: 1.5 },
      sessionsPerWeek: { start: 1, max: 2 },
      minutesPerSession: { max: 10 },
      progression: { stepKg: 0.25, stepLb: 0.5, everyWeeks: 3, addMinutes: { min: 0, max: 0 } },
    },
  },
  walking: {
    ready: {
      perAnkleKg: { start: 0.5, max: 2.3 },
      perAnkleLb: { start: 1, max: 5 },
      sessionsPerWeek: { start: 2, max: 3 },
      minutesPerSession: { max: 30 },
      progression: { stepKg: 0.25, stepLb: 0.5, everyWeeks: 2, addMinutes: { min: 5, max: 10 } },
    },
    caution: {
      perAnkleKg: { start: 0.5, max: 1.5 },
      perAnkleLb: { start: 1, max: 3 },
      sessionsPerWeek: { start: 1, max: 3 },
      minutesPerSession: { max: 20 },
      progression: { stepKg: 0.25, stepLb: 0.5, everyWeeks: 2, addMinutes: { min: 5, max: 10 } },
    },
  },
};

/**
 * The other numbers a plan's texts name (invariant 14): the warm-up before the weights go on, and
 * how long pain may last after a session before the weights come off. Plan texts reach them only
 * through placeholders (`{warmUp}`, `{painHours}`), never as literals.
 */
export const PLAN_TEXT_NUMBERS: Readonly<Record<Activity, { warmUpMinutes: { min: number; max: number }; painHours: number }>> = {
  running: { warmUpMinutes: { min: 5, max: 10 }, painHours: 24 },
  walking: { warmUpMinutes: { min: 5, max: 5 }, painHours: 24 },
};

/** Compendium METs behind the extra-calorie estimate, and the extra cost per kg on both ankles (§d1). */
export const CALORIE_MODEL: Readonly<Record<Activity, { met: number; perKg: { typical: number; high: number } }>> = {
  running: { met: 8.0, perKg: { typical: 0.06, high: 0.08 } },
  walking: { met: 4.8, perKg: { typical: 0.05, high: 0.08 } },
};

/**
 * The least impact a known alternative may be given (invariant 8): a pack cannot relabel hill
 * repeats or running intervals as gentle to slip them past the exclusion.
 */
export const IMPACT_FLOOR: Readonly<Record<string, Impact>> = {
  'weighted-vest-walk': 'moderate',
  'hill-walking': 'low',
  'hill-repeats': 'high',
  intervals: 'high',
  'walk-jog': 'moderate',
  'strength-training': 'low',
  'ankle-weight-walking': 'low',
  'ankle-weight-exercises': 'low',
  cycling: 'low',
  swimming: 'low',
};

/**
 * The impact that decides safety: a built-in option's, never below its locked floor; an option a
 * pack adds counts as high, whatever it declares.
 */
export function safetyImpact(alt: { id: string; impact: Impact }): Impact {
  const floor = Object.prototype.hasOwnProperty.call(IMPACT_FLOOR, alt.id) ? IMPACT_FLOOR[alt.id] : undefined;
  if (!floor) return 'high';
  const rank = { low: 0, moderate: 1, high: 2 } as const;
  return rank[alt.impact] >= rank[floor] ? alt.impact : floor;
}

/** The built-in options that put weights on the ankles (invariant 10), besides any that lists ankle weights as equipment. */
export const ANKLE_WEIGHT_OPTIONS: readonly string[] = ['ankle-weight-walking', 'ankle-weight-exercises'];

export interface LockedRule {
  id: string;
  verdict: Verdict;
  when: Condition;
  source?: Source;
}

const running: Condition = { eq: { id: 'activity', value: 'running' } };
const walking: Condition = { eq: { id: 'activity', value: 'walking' } };
const yes = (id: string): Condition => ({ eq: { id, value: true } });

/**
 * The locked readiness rules. The most severe fired rule wins, whatever this order. Their texts
 * come from the pack's `reasons`, by id; their conditions and verdicts cannot be changed.
 */
export const LOCKED_RULES: readonly LockedRule[] = [
  // Invariant 1: PAR-Q+ questions 1–7 → a professional first.
  { id: 'heart-condition', verdict: 'see-professional', when: yes('heartCondition'), source: PAR_Q },
  { id: 'chest-pain', verdict: 'see-professional', when: yes('chestPain'), source: PAR_Q },
  // ACSM's other signs and symptoms: stop and seek medical clearance, whatever the activity.
  { id: 'warning-symptoms', verdict: 'see-professional', when: yes('warningSymptoms'), source: ACSM_SCREENING },
  { id: 'dizziness', verdict: 'see-professional', when: yes('dizziness'), source: PAR_Q },
  { id: 'chronic-condition', verdict: 'see-professional', when: yes('chronicCondition'), source: PAR_Q },
  { id: 'supervised-only', verdict: 'see-professional', when: yes('supervisedOnly'), source: PAR_Q },
  { id: 'joint-current', verdict: 'see-professional', when: { eq: { id: 'jointProblem', value: 'current' } }, source: PAR_Q },
  // Invariant 2: delay.
  { id: 'pregnant', verdict: 'wait', when: yes('pregnant'), source: PAR_Q },
  { id: 'unwell', verdict: 'wait', when: yes('unwell'), source: PAR_Q },
  // A jump of more than about 30 % in weekly distance over 2 weeks: let it settle first (R12).
  { id: 'load-spike', verdict: 'wait', when: yes('loadSpike'), source: NIELSEN_JOSPT },
  // Invariant 7 and the age scope.
  { id: 'under-18', verdict: 'not-recommended', when: { eq: { id: 'ageBand', value: 'under-18' } } },
  {
    id: 'no-running-base',
    verdict: 'not-recommended',
    when: { all: [running, { in: { id: 'runFrequency', values: ['none', 'occasional'] } }] },
    source: ACSM_SCREENING,
  },
  { id: 'bone-health-running', verdict: 'not-recommended', when: { all: [running, yes('boneHealth')] }, source: PAR_Q },
  // Falls or balance problems (R9): weights change the gait. No running with them at all.
  { id: 'falls-running', verdict: 'not-recommended', when: { all: [running, yes('falls')] }, source: MAYO },
  {
    id: 'weighted-issues-running',
    verdict: 'not-recommended',
    when: { all: [running, { eq: { id: 'weightedBefore', value: 'with-issues' } }] },
    source: TROUNSON,
  },
  {
    id: 'age-65-running',
    verdict: 'not-recommended',
    when: { all: [running, { in: { id: 'ageBand', values: ['65-plus', 'under-18'] } }] },
    source: MAYO,
  },
  // Extra care.
  { id: 'joint-past', verdict: 'caution', when: { in: { id: 'jointProblem', values: ['past', 'current'] } }, source: NIELSEN },
  {
    id: 'age-45-running',
    verdict: 'caution',
    when: { all: [running, { in: { id: 'ageBand', values: ['45-64', '65-plus', 'under-18'] } }] },
    source: PAR_Q,
  },
  {
    id: 'new-to-weights-running',
    verdict: 'caution',
    when: { all: [running, { in: { id: 'weightedBefore', values: ['never', 'with-issues'] } }] },
    source: TROUNSON,
  },
  { id: 'age-65-walking', verdict: 'caution', when: { all: [walking, { in: { id: 'ageBand', values: ['65-plus', 'under-18'] } }] }, source: MAYO },
  { id: 'bone-health-walking', verdict: 'caution', when: { all: [walking, yes('boneHealth')] }, source: PAR_Q },
  { id: 'falls-walking', verdict: 'caution', when: { all: [walking, yes('falls')] }, source: MAYO },
  {
    id: 'weighted-issues-walking',
    verdict: 'caution',
    when: { all: [walking, { eq: { id: 'weightedBefore', value: 'with-issues' } }] },
    source: MAYO,
  },
];

/** Verdicts that end the quiz at once, after which a professional (or time) comes first: no plan, and only a professional's link (invariants 2, 9, 10). */
export const ENDING_VERDICTS: readonly Verdict[] = ['see-professional', 'wait'];

/** Verdicts with no plan for weights at all. */
export const NO_PLAN_VERDICTS: readonly Verdict[] = ['see-professional', 'wait', 'not-recommended'];

/** Verdicts that may have a plan (invariant 3), and the only ones a verdict-level commerce link shows on (invariant 15). */
export const PLAN_VERDICTS: readonly Verdict[] = ['ready', 'caution'];

/** The reason given, at `caution`, when answers are missing: no plan until the quiz is complete. */
export const INCOMPLETE_RULE_ID = 'incomplete';

/**
 * Reasons that ask the reader to see a professional first (invariant 13): where one fires, there
 * is no plan, whatever the verdict.
 */
export const PROFESSIONAL_FIRST: ReadonlySet<string> = new Set(['bone-health-running', 'bone-health-walking', 'falls-running', 'falls-walking']);

/**
 * What a result is about, from the reasons that fired (invariant 13): its summary and advice come
 * from these, so that a cold does not read as a pregnancy.
 * - `stop`: chest pain, dizziness or another warning sign: stop, and see a doctor.
 * - `refer`: a condition a professional should look at first.
 * - `rest`: ill now: rest and retake the quiz.
 * - `pregnancy`: talk to a midwife or doctor.
 * - `settle`: a recent jump in distance: let it settle.
 * - `check-first`: possible only once a professional has checked (bone health, falls).
 * - `incomplete`: answers missing: no plan yet.
 */
export const OUTCOMES = ['stop', 'refer', 'rest', 'pregnancy', 'settle', 'check-first', 'incomplete'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The outcome of each locked rule that has one; a pack's `see-professional` rule is `refer`. */
export const OUTCOME_OF_RULE: Readonly<Record<string, Outcome>> = {
  'chest-pain': 'stop',
  'warning-symptoms': 'stop',
  dizziness: 'stop',
  'heart-condition': 'refer',
  'chronic-condition': 'refer',
  'supervised-only': 'refer',
  'joint-current': 'refer',
  unwell: 'rest',
  pregnant: 'pregnancy',
  'load-spike': 'settle',
  'bone-health-walking': 'check-first',
  'falls-walking': 'check-first',
  incomplete: 'incomplete',
};

/** Every id whose text a pack must supply in `reasons`. */
export const LOCKED_REASON_IDS: readonly string[] = [...LOCKED_RULES.map((r) => r.id), INCOMPLETE_RULE_ID];
