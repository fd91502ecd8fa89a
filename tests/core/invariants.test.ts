/**
 * Property tests (fast-check) for the safety invariants of DESIGN §3, plus determinism and
 * robustness against any input.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  assess,
  attachCtas,
  claims,
  ContentError,
  defaultContent,
  EQUIPMENT,
  GOALS,
  parseContent,
  rankAlternatives,
  safeParseContent,
  SEVERITY,
  visibleCtas,
  type Answers,
  type ContentPack,
  type Verdict,
} from '../../src/core.js';
import {
  KG_PER_LB,
  RISK_ORDER,
  type Condition,
  type RuleAnswerId,
  ANSWER_IDS,
  answersSchema,
  validateAnswers,
  PROFESSIONAL_FIRST,
  SCREENING_FLAGS,
  readsAsYes,
} from '../../src/core/index.js';
import { arbAnswers, arbCompleteAnswers, arbCondition, arbCta, arbPartialAnswers } from './arbitraries.js';

const RUNS = 400;
const check = (property: fc.IProperty<unknown[]> | fc.IPropertyWithHooks<unknown[]>) => fc.assert(property, { numRuns: RUNS });
const EPS = 1e-9;
const PAR_Q_FLAGS = ['heartCondition', 'chestPain', 'dizziness', 'warningSymptoms', 'chronicCondition', 'supervisedOnly'] as const;
const isStep = (value: number, step: number) => Math.abs(value / step - Math.round(value / step)) < 1e-9;

describe('invariant 1: PAR-Q+ flags or a current joint problem → see-professional, no load', () => {
  it('holds for any answers', () =>
    check(
      fc.property(arbAnswers, (answers) => {
        const flagged = PAR_Q_FLAGS.some((f) => answers[f] === true) || answers.jointProblem === 'current';
        fc.pre(flagged);
        const result = assess(answers);
        expect(result.verdict).to.equal('see-professional');
        expect(result.load).to.equal(null);
      }),
    ));
});

describe('invariant 2: unwell or pregnant (no rule-1 flag) → wait, no load', () => {
  it('holds for any answers', () =>
    check(
      fc.property(arbAnswers, (answers) => {
        const rule1 = PAR_Q_FLAGS.some((f) => answers[f] === true) || answers.jointProblem === 'current';
        fc.pre(!rule1 && (answers.unwell === true || answers.pregnant === true));
        const result = assess(answers);
        expect(result.verdict).to.equal('wait');
        expect(result.load).to.equal(null);
      }),
    ));
});

describe('invariant 3: a load only for ready and caution, and only when complete', () => {
  it('holds for any answers', () =>
    check(
      fc.property(arbAnswers, (answers) => {
        const result = assess(answers);
        if (result.load !== null) {
          expect(['ready', 'caution']).to.include(result.verdict);
          expect(result.complete).to.equal(true);
        }
        // And a complete ready or caution result always carries its plan.
        // (Unless a reason asks for a professional first: invariant 13.)
        if (result.complete && (result.verdict === 'ready' || result.verdict === 'caution') && !result.reasons.some((r) => PROFESSIONAL_FIRST.has(r.id))) {
          expect(result.load).to.not.equal(null);
        }
      }),
    ));
});

describe('invariant 4: load ceilings, the 3 % body-weight cap and cuff steps', () => {
  it('holds for any answers', () =>
    check(
      fc.property(arbCompleteAnswers, (answers) => {
        const { load, activity } = assess(answers);
        if (!load) return;
        const { perAnkleKg: kg, perAnkleLb: lb } = load;
        // Nothing, ever, above 5 lb per ankle; start at the low end; start ≤ max.
        expect(lb.max).to.be.at.most(5);
        expect(kg.max).to.be.at.most(5 * KG_PER_LB);
        expect(kg.start).to.be.at.most(0.5);
        expect(lb.start).to.be.at.most(1);
        expect(kg.start).to.be.at.most(kg.max);
        expect(lb.start).to.be.at.most(lb.max);
        expect(isStep(kg.start, 0.25) && isStep(kg.max, 0.25), 'kg on 0.25 steps').to.equal(true);
        expect(isStep(lb.start, 0.5) && isStep(lb.max, 0.5), 'lb on 0.5 steps').to.equal(true);
        if (activity === 'running') {
          expect(kg.max).to.be.at.most(1.1);
          expect(lb.max).to.be.at.most(2.5);
          if (answers.bodyWeightKg !== undefined) {
            expect(2 * kg.max).to.be.at.most(0.03 * answers.bodyWeightKg + EPS);
            expect(2 * lb.max * KG_PER_LB).to.be.at.most(0.03 * answers.bodyWeightKg + EPS);
          }
        } else {
          expect(kg.max).to.be.at.most(2.3);
          expect(lb.max).to.be.at.most(5);
        }
      }),
    ));
});

describe('invariant 5: running at most 2 weighted sessions a week, 1 to start for caution', () => {
  it('holds for any answers', () =>
    check(
      fc.property(arbCompleteAnswers, (answers) => {
        const { load, activity, verdict } = assess(answers);
        if (!load || activity !== 'running') return;
        expect(load.sessionsPerWeek.max).to.be.at.most(2);
        expect(load.sessionsPerWeek.start).to.be.at.most(load.sessionsPerWeek.max);
        if (verdict === 'caution') expect(load.sessionsPerWeek.start).to.equal(1);
      }),
    ));
});

/** Moves one answer to a riskier value. */
const arbRiskierStep = (answers: Answers) => {
  const ids = (Object.keys(RISK_ORDER) as RuleAnswerId[]).filter((id) => {
    const order = RISK_ORDER[id] as readonly unknown[];
    const at = order.indexOf(answers[id]);
    return at >= 0 && at < order.length - 1;
  });
  if (ids.length === 0) return fc.constant(null);
  return fc.constantFrom(...ids).chain((id) => {
    const order = RISK_ORDER[id] as readonly unknown[];
    const at = order.indexOf(answers[id]);
    return fc.integer({ min: at + 1, max: order.length - 1 }).map((to) => ({ id, value: order[to] }));
  });
};

describe('invariant 6: a riskier answer never gives a less severe verdict', () => {
  for (const [name, arb] of [
    ['complete answers', arbCompleteAnswers],
    ['partial answers', arbPartialAnswers],
  ] as const) {
    it(`holds for ${name}`, () =>
      check(
        fc.property(
          arb.chain((answers) => arbRiskierStep(answers).map((step) => ({ answers, step }))),
          ({ answers, step }) => {
            fc.pre(step !== null);
            const before = assess(answers).verdict;
            const after = assess({ ...answers, [step!.id]: step!.value }).verdict;
            expect(SEVERITY[after], `${step!.id} → ${String(step!.value)}: ${before} became ${after}`).to.be.at.least(SEVERITY[before]);
          },
        ),
      ));
  }
});

describe('invariant 7: no running base, under 18, past trouble with weights, bone health, falls, a jump in distance or a past joint problem → never ready for running', () => {
  it('holds for any answers', () =>
    check(
      fc.property(arbAnswers, (answers) => {
        const flagged =
          (answers.runFrequency !== undefined && answers.runFrequency !== 'regular') ||
          answers.ageBand === 'under-18' ||
          answers.weightedBefore === 'with-issues' ||
          answers.boneHealth === true ||
          answers.falls === true ||
          answers.loadSpike === true ||
          answers.jointProblem === 'past';
        fc.pre(flagged);
        const result = assess({ ...answers, activity: 'running' });
        expect(result.verdict).to.not.equal('ready');
        // Falls and a jump in distance: no running plan at all.
        if (answers.falls === true || answers.loadSpike === true) expect(result.load).to.equal(null);
      }),
    ));
});

const arbConstraints = fc.record(
  {
    jointPain: fc.boolean(),
    equipment: fc.subarray([...EQUIPMENT]),
    minutes: fc.integer({ min: 5, max: 90 }),
  },
  { requiredKeys: [] },
);
const arbGoals = fc.subarray([...GOALS]);

describe('invariant 8: high-impact options excluded, never first, on see-professional, wait or a joint problem', () => {
  it('holds for any answers, goals and constraints', () =>
    check(
      fc.property(arbAnswers, arbGoals, arbConstraints, (answers, goals, constraints) => {
        const assessment = assess(answers);
        const blocked =
          assessment.verdict === 'see-professional' || assessment.verdict === 'wait' || assessment.answers.jointProblem !== 'none';
        fc.pre(blocked);
        const ranked = rankAlternatives({ goals, constraints, assessment });
        for (const alt of ranked.filter((a) => a.alternative.impact === 'high')) {
          expect(alt.excluded, alt.id).to.equal(true);
          expect(alt.why.length).to.be.greaterThan(0);
        }
        // Either something gentle comes first, or (invariant 10) nothing is offered at all.
        if (!ranked[0]!.excluded) expect(ranked[0]!.alternative.impact).to.not.equal('high');
        else expect(ranked.every((a) => a.excluded)).to.equal(true);
        // Excluded options come last.
        const firstExcluded = ranked.findIndex((a) => a.excluded);
        if (firstExcluded >= 0) expect(ranked.slice(firstExcluded).every((a) => a.excluded)).to.equal(true);
      }),
    ));
});


describe('invariant 9: a CTA never changes a rank; only professional links on see-professional or wait', () => {
  it('attaching any CTAs keeps the order and the scores', () =>
    check(
      fc.property(arbAnswers, arbGoals, fc.array(arbCta, { maxLength: 8 }), (answers, goals, ctas) => {
        const assessment = assess(answers);
        const ranked = rankAlternatives({ goals, assessment });
        const withCtas = attachCtas(ranked, ctas, assessment.verdict);
        expect(withCtas.map((x) => [x.alternative.id, x.alternative.score])).to.deep.equal(ranked.map((a) => [a.id, a.score]));
        expect(rankAlternatives({ goals, assessment })).to.deep.equal(ranked);
      }),
    ));

  it('shows only professional links on see-professional and wait', () =>
    check(
      fc.property(fc.array(arbCta, { maxLength: 8 }), fc.constantFrom<Verdict>('see-professional', 'wait'), (ctas, verdict) => {
        for (const cta of visibleCtas(ctas, verdict)) expect(cta.kind).to.equal('professional');
      }),
    ));
});

describe('determinism', () => {
  it('the same answers give the same results', () =>
    check(
      fc.property(arbAnswers, arbGoals, (answers, goals) => {
        const a = assess(answers);
        const b = assess(structuredClone(answers));
        expect(b).to.deep.equal(a);
        expect(rankAlternatives({ goals, assessment: b })).to.deep.equal(rankAlternatives({ goals, assessment: a }));
        expect(claims({ assessment: b })).to.deep.equal(claims({ assessment: a }));
      }),
    ));

  it('the order of the answer keys does not matter', () =>
    check(
      fc.property(arbAnswers, (answers) => {
        const reversed = Object.fromEntries(Object.entries(answers).reverse());
        expect(assess(reversed)).to.deep.equal(assess(answers));
      }),
    ));
});

const VERDICTS = Object.keys(SEVERITY);

describe('robustness', () => {
  it('never throws on any JSON as answers', () =>
    check(
      fc.property(fc.jsonValue(), (json) => {
        const result = assess(json);
        expect(VERDICTS).to.include(result.verdict);
        rankAlternatives({ assessment: result });
        claims({ assessment: result });
      }),
    ));

  it('never throws on answer objects with any JSON values', () =>
    check(
      fc.property(
        fc.dictionary(fc.constantFrom(...Object.keys(RISK_ORDER), 'bodyWeightKg', 'goals', 'custom', '__proto__', 'x'), fc.jsonValue()),
        (json) => {
          const result = assess(json);
          expect(VERDICTS).to.include(result.verdict);
          for (const id of result.missing) expect(result.answers).to.not.have.property(id);
        },
      ),
    ));

  it('validateAnswers keeps exactly what the zod/mini answers schema accepts, field by field, and a screening yes in any spelling (invariant 12)', () =>
    check(
      fc.property(
        fc.dictionary(fc.constantFrom(...ANSWER_IDS), fc.oneof(fc.jsonValue(), arbCompleteAnswers.map((a) => Object.values(a)[0]), fc.constantFrom('yes', 'YES ', 'true', 1, 'no', 0, 'false', ''))),
        (json) => {
          const { answers, invalid } = validateAnswers(json);
          const shape = (answersSchema as unknown as { def: { shape: Record<string, z.ZodMiniType> } }).def.shape;
          for (const id of ANSWER_IDS) {
            if (!(id in json) || json[id] === undefined) continue;
            const yes = (SCREENING_FLAGS as readonly string[]).includes(id) && readsAsYes(json[id]);
            const ok = z.safeParse(shape[id]!, json[id]).success || yes;
            if (yes) expect(answers[id], id).to.equal(true);
            expect(id in answers, `${id}: ${JSON.stringify(json[id])}`).to.equal(ok);
            expect(invalid.includes(id)).to.equal(!ok);
          }
        },
      ),
    ));

  it('never throws on junk passed to rankAlternatives and claims', () =>
    check(
      fc.property(fc.jsonValue(), (json) => {
        // Hosts may call these with anything.
        const ranked = rankAlternatives(json as never);
        expect(ranked.length).to.equal(defaultContent.alternatives.length);
        expect(claims(json as never).length).to.equal(defaultContent.claims.length);
      }),
    ));

  it('any JSON as content gives a ContentError, not a crash', () =>
    check(
      fc.property(fc.jsonValue(), (json) => {
        const result = safeParseContent(json);
        expect(result.success).to.equal(false);
        if (!result.success) {
          expect(result.error).to.be.instanceOf(ContentError);
          expect(result.error.issues.length).to.be.greaterThan(0);
        }
        expect(() => parseContent(json)).to.throw(ContentError);
        // null means "no pack given": the default pack.
        if (json !== null) expect(() => assess({}, { content: json as ContentPack })).to.throw(ContentError);
      }),
    ));

  it('the default pack with any one value replaced gives a pack or a ContentError, never a crash', () => {
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(defaultContent, []);
    check(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, json) => {
        const pack = structuredClone(defaultContent) as unknown as Record<string | number, unknown>;
        let at = pack;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
        at[path[path.length - 1]!] = json;
        const result = safeParseContent(pack);
        if (!result.success) expect(result.error).to.be.instanceOf(ContentError);
      }),
    );
  });
});

/** Every answer set one riskier step away. */
function riskierNeighbours(answers: Answers): Answers[] {
  const out: Answers[] = [];
  for (const id of Object.keys(RISK_ORDER) as RuleAnswerId[]) {
    const order = RISK_ORDER[id] as readonly unknown[];
    const at = order.indexOf(answers[id]);
    if (at >= 0 && at < order.length - 1) out.push({ ...answers, [id]: order[at + 1] });
  }
  return out;
}

describe('locked safety layer: no pack rule can weaken invariants 1, 2 or 6', () => {
  it('any pack rule the validator accepts keeps invariants 1, 2 and 6', () =>
    check(
      fc.property(
        arbCondition,
        fc.constantFrom<Verdict>('see-professional', 'wait', 'not-recommended', 'caution', 'ready'),
        arbCompleteAnswers,
        (when: Condition, verdict, answers) => {
          const result = safeParseContent({ ...defaultContent, rules: [{ id: 'host-rule', verdict, when, text: 'A host rule.' }] });
          fc.pre(result.success);
          const content = (result as { data: ContentPack }).data;
          const before = assess(answers, { content });
          if (PAR_Q_FLAGS.some((f) => answers[f]) || answers.jointProblem === 'current') expect(before.verdict).to.equal('see-professional');
          if (before.verdict !== 'see-professional' && (answers.unwell || answers.pregnant)) expect(before.verdict).to.equal('wait');
          for (const riskier of riskierNeighbours(answers)) {
            expect(SEVERITY[assess(riskier, { content }).verdict]).to.be.at.least(SEVERITY[before.verdict]);
          }
        },
      ),
    ));
});
