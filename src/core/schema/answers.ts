/**
 * The reader's answers: ids and values (DESIGN §3, public API). No zod here: the engine and the
 * elements validate answers with `validateAnswers`, which a property test holds equal to the
 * zod/mini `answersSchema` (answers.schema.ts), so that zod stays out of the element bundles.
 */
import { own } from '../input.js';

// Value lists are in display order. RISK_ORDER (below) orders them by risk.
export const ACTIVITIES = ['running', 'walking'] as const;
export const JOINT_PROBLEMS = ['none', 'past', 'current'] as const;
export const AGE_BANDS = ['under-18', '18-44', '45-64', '65-plus'] as const;
export const RUN_FREQUENCIES = ['none', 'occasional', 'regular'] as const;
export const WEIGHTED_BEFORE = ['never', 'without-issues', 'with-issues'] as const;
export const GOALS = ['strength', 'endurance', 'speed', 'calories', 'bone', 'toning'] as const;
export const BODY_WEIGHT_KG = { min: 30, max: 250 } as const;

export type Activity = (typeof ACTIVITIES)[number];
export type JointProblem = (typeof JOINT_PROBLEMS)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type RunFrequency = (typeof RUN_FREQUENCIES)[number];
export type WeightedBefore = (typeof WEIGHTED_BEFORE)[number];
export type Goal = (typeof GOALS)[number];

/** The yes/no screening questions, in the order the quiz asks them. */
export const SCREENING_FLAGS = [
  'heartCondition',
  'chestPain',
  'warningSymptoms',
  'dizziness',
  'chronicCondition',
  'supervisedOnly',
  'boneHealth',
  'falls',
  'pregnant',
  'unwell',
  'loadSpike',
] as const;
export type ScreeningFlag = (typeof SCREENING_FLAGS)[number];

/** The reader's answers. Every field is optional: unanswered is `undefined`. */
export interface Answers {
  activity?: Activity;
  heartCondition?: boolean;
  chestPain?: boolean;
  /** ACSM's other warning signs: breathlessness at rest or on light effort, palpitations, swollen ankles, calf pain on walking, unusual tiredness. */
  warningSymptoms?: boolean;
  dizziness?: boolean;
  chronicCondition?: boolean;
  supervisedOnly?: boolean;
  jointProblem?: JointProblem;
  boneHealth?: boolean;
  /** A fall or a near-fall in the last 12 months, or a balance problem. */
  falls?: boolean;
  pregnant?: boolean;
  unwell?: boolean;
  /** Weekly distance up by more than about a third in the last 2 weeks. */
  loadSpike?: boolean;
  ageBand?: AgeBand;
  runFrequency?: RunFrequency;
  weightedBefore?: WeightedBefore;
  /** 30–250. */
  bodyWeightKg?: number;
  goals?: Goal[];
  /** Answers to a content pack's custom yes/no questions, by question id. */
  custom?: Record<string, boolean>;
}
export type AnswerId = Exclude<keyof Answers, 'custom'>;

/** Every answer id, in the quiz order: screening, then experience, then goals. */
export const ANSWER_IDS = [
  'heartCondition',
  'chestPain',
  'warningSymptoms',
  'dizziness',
  'chronicCondition',
  'supervisedOnly',
  'jointProblem',
  'boneHealth',
  'falls',
  'pregnant',
  'unwell',
  'loadSpike',
  'activity',
  'ageBand',
  'runFrequency',
  'weightedBefore',
  'bodyWeightKg',
  'goals',
] as const satisfies readonly AnswerId[];

/** Which part of the quiz each question belongs to; the quiz asks the sections in this order. */
export const QUESTION_SECTIONS = ['screening', 'experience', 'goals'] as const;
export type QuestionSection = (typeof QUESTION_SECTIONS)[number];
export function sectionOf(id: string): QuestionSection {
  if (id === 'goals') return 'goals';
  if (id === 'activity' || id === 'ageBand' || id === 'runFrequency' || id === 'weightedBefore' || id === 'bodyWeightKg') {
    return 'experience';
  }
  return 'screening';
}

/** Answers that must be given for an assessment to be `complete` (body weight and goals are optional). */
export const REQUIRED_ANSWER_IDS = ANSWER_IDS.filter(
  (id) => id !== 'bodyWeightKg' && id !== 'goals',
) as readonly Exclude<AnswerId, 'bodyWeightKg' | 'goals'>[];

/**
 * The finite value domain of every answer that rules may test, ordered from the least to the most
 * risky. Invariant 6 (monotonic verdicts) is defined against these orders.
 */
export const RISK_ORDER = {
  activity: ['walking', 'running'],
  heartCondition: [false, true],
  chestPain: [false, true],
  warningSymptoms: [false, true],
  dizziness: [false, true],
  chronicCondition: [false, true],
  supervisedOnly: [false, true],
  jointProblem: ['none', 'past', 'current'],
  boneHealth: [false, true],
  falls: [false, true],
  pregnant: [false, true],
  unwell: [false, true],
  loadSpike: [false, true],
  ageBand: ['18-44', '45-64', '65-plus', 'under-18'],
  runFrequency: ['regular', 'occasional', 'none'],
  weightedBefore: ['without-issues', 'never', 'with-issues'],
} as const satisfies { [K in RuleAnswerIdBase]: readonly Exclude<Answers[K], undefined>[] };
type RuleAnswerIdBase = Exclude<AnswerId, 'bodyWeightKg' | 'goals'>;
export type RuleAnswerId = keyof typeof RISK_ORDER;
export type RuleValue = (typeof RISK_ORDER)[RuleAnswerId][number];
export const RULE_ANSWER_IDS = Object.keys(RISK_ORDER) as RuleAnswerId[];


export interface ValidatedAnswers {
  answers: Answers;
  /** Ids whose value was present but invalid; they are treated as unanswered. */
  invalid: AnswerId[];
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FLAGS: ReadonlySet<string> = new Set(SCREENING_FLAGS);

/**
 * Invariant 12, the screening fails closed: a screening answer that is not a boolean but reads as
 * a yes (`"yes"`, `"true"`, `"y"`, `"on"`, `"1"`, `1`) counts as yes. Anything else that is not a
 * boolean stays invalid, so the assessment is incomplete: never a silent "no".
 */
export function readsAsYes(value: unknown): boolean {
  return value === 1 || (typeof value === 'string' && /^\s*(yes|true|y|on|1)\s*$/i.test(value));
}

/** Whether a value is valid for an answer id. */
export function isValid(id: AnswerId, value: unknown): boolean {
  if (id === 'bodyWeightKg') return typeof value === 'number' && value >= BODY_WEIGHT_KG.min && value <= BODY_WEIGHT_KG.max;
  // Spread: a hole in a sparse list is an invalid goal, as zod has it (every() would skip it).
  if (id === 'goals') return Array.isArray(value) && [...value].every((g) => (GOALS as readonly unknown[]).includes(g));
  return (RISK_ORDER[id] as readonly unknown[]).includes(value);
}

/**
 * Validates answers field by field. A bad value never throws: it is dropped and reported in
 * `invalid`. Unknown keys are ignored, duplicate goals are removed, and custom answers are kept
 * only for the custom question ids given.
 */
export function validateAnswers(input: unknown, customIds: readonly string[] = []): ValidatedAnswers {
  const answers: Answers = {};
  const invalid: AnswerId[] = [];
  // Own properties only: a value on Object.prototype is never an answer. Input that throws when
  // read (a getter, a revoked proxy) counts as unanswered.
  try {
    if (!isPlainObject(input)) return { answers, invalid };
    for (const id of ANSWER_IDS) {
      let raw = own(input, id);
      if (raw === undefined) continue;
      if (FLAGS.has(id) && readsAsYes(raw)) raw = true;
      if (isValid(id, raw)) (answers as Record<string, unknown>)[id] = Array.isArray(raw) ? [...new Set(raw)] : raw;
      else invalid.push(id);
    }
    const custom = own(input, 'custom');
    const given: Record<string, boolean> = {};
    for (const id of customIds) {
      const value = own(custom, id);
      // Custom questions are yes/no screening questions too: a yes in any spelling counts.
      if (typeof value === 'boolean' || readsAsYes(value)) (answers.custom = given)[id] = value !== false;
    }
  } catch {
    return { answers: {}, invalid: [] };
  }
  return { answers, invalid };
}
