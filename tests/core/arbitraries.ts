/** fast-check generators for answers and rule conditions. */
import fc from 'fast-check';
import {
  AGE_BANDS,
  GOALS,
  JOINT_PROBLEMS,
  RUN_FREQUENCIES,
  WEIGHTED_BEFORE,
  defaultContent,
  type Answers,
  type Cta,
  type Verdict,
} from '../../src/core.js';
import {
  RISK_ORDER,
  type Condition,
  type RuleAnswerId,
} from '../../src/core/index.js';
import { SAFE_ANSWERS } from './fixtures.js';

/** Mostly "no": so that every verdict, `ready` included, comes up often. */
const flag = fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) });

const fields = {
  heartCondition: flag,
  chestPain: flag,
  warningSymptoms: flag,
  dizziness: flag,
  chronicCondition: flag,
  supervisedOnly: flag,
  jointProblem: fc.constantFrom(...JOINT_PROBLEMS),
  boneHealth: flag,
  falls: flag,
  pregnant: flag,
  unwell: flag,
  loadSpike: flag,
  activity: fc.constantFrom('running' as const, 'walking' as const),
  ageBand: fc.constantFrom(...AGE_BANDS),
  runFrequency: fc.constantFrom(...RUN_FREQUENCIES),
  weightedBefore: fc.constantFrom(...WEIGHTED_BEFORE),
  bodyWeightKg: fc.double({ min: 30, max: 250, noNaN: true }),
  goals: fc.subarray([...GOALS]),
};

const required = Object.keys(fields).filter((k) => k !== 'bodyWeightKg' && k !== 'goals') as (keyof typeof fields)[];


/** Every required answer given; body weight and goals sometimes. */
const arbAnyComplete: fc.Arbitrary<Answers> = fc.record(fields, { requiredKeys: required });

/**
 * The safe answers with a few of them changed at random. Uniform answers reach `ready` for
 * running about once in a thousand; these reach it, and the verdicts next to it, often.
 */
const arbNearSafe: fc.Arbitrary<Answers> = fc
  .tuple(fc.subarray(required, { maxLength: 3 }), arbAnyComplete, fc.option(fields.bodyWeightKg, { nil: undefined }))
  .map(([changed, random, bodyWeightKg]) => {
    const answers: Answers = { ...SAFE_ANSWERS };
    for (const id of changed) (answers as Record<string, unknown>)[id] = random[id];
    if (bodyWeightKg !== undefined) answers.bodyWeightKg = bodyWeightKg;
    return answers;
  });

/** Complete answers: uniform half the time, near the safe answers otherwise. */
export const arbCompleteAnswers: fc.Arbitrary<Answers> = fc.oneof(arbAnyComplete, arbNearSafe);

/** Any subset of the answers. */
export const arbPartialAnswers: fc.Arbitrary<Answers> = fc.record(fields, { requiredKeys: [] });

/** Complete answers three times in four, partial ones otherwise. */
export const arbAnswers: fc.Arbitrary<Answers> = fc.oneof({ weight: 3, arbitrary: arbCompleteAnswers }, { weight: 1, arbitrary: arbPartialAnswers });

const ids = Object.keys(RISK_ORDER) as RuleAnswerId[];
const arbLeaf: fc.Arbitrary<Condition> = fc.constantFrom(...ids).chain((id) => {
  const values = RISK_ORDER[id] as readonly (string | boolean)[];
  return fc.oneof(
    fc.constantFrom(...values).map((value): Condition => ({ eq: { id, value } })),
    fc.subarray([...values], { minLength: 1 }).map((vs): Condition => ({ in: { id, values: vs } })),
  );
});

/** Random condition trees over the answers; many are not monotone, and the validator must refuse those. */
export const arbCondition: fc.Arbitrary<Condition> = fc.letrec<{ cond: Condition }>((tie) => ({
  cond: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    arbLeaf,
    fc.array(tie('cond'), { minLength: 1, maxLength: 3 }).map((all): Condition => ({ all })),
    fc.array(tie('cond'), { minLength: 1, maxLength: 3 }).map((any): Condition => ({ any })),
    tie('cond').map((not): Condition => ({ not })),
  ),
})).cond;

/** Random calls to action: any kind, any verdicts, on any alternative or on the result. */
export const arbCta: fc.Arbitrary<Cta> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 8 }),
    label: fc.string({ maxLength: 12 }),
    href: fc.constantFrom('https://shop.example/vest', 'https://gym.example/book', 'mailto:coach@gym.example'),
    kind: fc.constantFrom('commerce' as const, 'professional' as const),
    verdicts: fc.subarray(['see-professional', 'wait', 'not-recommended', 'caution', 'ready'] as Verdict[]),
    alternativeId: fc.constantFrom(...defaultContent.alternatives.map((a) => a.id)),
  },
  { requiredKeys: ['id', 'label', 'href'] },
);
