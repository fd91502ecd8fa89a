/**
 * Issue 14: fuzzing in CI. Every run sends 10,000 random answer sets (well-formed, half-formed and
 * plain garbage, prototype keys included) and 1,000 random packs (the English pack with random
 * parts replaced, removed, nested or grown) through `assess`, `rankAlternatives`, `claims` and
 * `safeParseContent`. Nothing throws, and the invariants hold: a frozen assessment, a verdict and a
 * plan within the locked limits, a ranking that fails closed, and for a pack either a valid pack
 * (that still cannot soften a screening flag) or a ContentError whose issues say where and what.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ANSWER_IDS,
  assess,
  claims,
  ContentError,
  defaultContent,
  rankAlternatives,
  safeParseContent,
  VERDICTS,
  type Assessment,
  type ContentPack,
} from '../../src/core.js';
import { KG_PER_LB, validateAnswers } from '../../src/core/index.js';
import { arbAnswers, arbCondition } from './arbitraries.js';

const ANSWER_RUNS = 10_000;
const PACK_RUNS = 1_000;
const PAR_Q = ['heartCondition', 'chestPain', 'dizziness', 'chronicCondition', 'supervisedOnly'] as const;

/** Odd values: anything fast-check makes, with null prototypes, getters and sparse arrays among them. */
const arbOdd = fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true, withMap: true, withSet: true, maxDepth: 3 });
const keys = fc.constantFrom<string>(...ANSWER_IDS, 'custom', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'eq', 'all', 'not');

/** Answers as a host, a stored session or a fuzzer may hand them: mostly sound, often not. */
const arbInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: arbAnswers },
  { weight: 2, arbitrary: fc.tuple(arbAnswers, fc.dictionary(keys, arbOdd, { maxKeys: 4 })).map(([a, odd]) => Object.assign({}, a, odd)) },
  { weight: 1, arbitrary: fc.dictionary(keys, arbOdd, { maxKeys: 6 }) },
  { weight: 1, arbitrary: arbOdd },
);

function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.values(value).every((v) => isDeepFrozen(v, seen));
}

/** The invariants any assessment must keep, whatever it was made from. */
function checkAssessment(a: Assessment): void {
  expect(isDeepFrozen(a), 'deeply frozen').to.equal(true);
  expect(VERDICTS).to.include(a.verdict);
  expect(['running', 'walking']).to.include(a.activity);
  expect(validateAnswers(a.answers).answers, 'answers are validated').to.deep.equal(JSON.parse(JSON.stringify(a.answers)));
  for (const id of a.missing) expect(ANSWER_IDS as readonly string[]).to.include(id);
  expect(a.complete).to.equal(a.missing.length === 0);
  if (PAR_Q.some((flag) => Object.hasOwn(a.answers, flag) && a.answers[flag] === true)) expect(a.verdict).to.equal('see-professional');
  if (a.load === null) return;
  expect(['ready', 'caution']).to.include(a.verdict);
  expect(a.complete).to.equal(true);
  const max = a.activity === 'running' ? 1.1 : 2.3;
  expect(a.load.perAnkleKg.max).to.be.at.most(max);
  expect(a.load.perAnkleLb.max * KG_PER_LB).to.be.at.most(5 * KG_PER_LB + 1e-9);
  expect(a.load.perAnkleKg.start).to.be.at.most(a.load.perAnkleKg.max);
  if (a.activity === 'running') expect(a.load.sessionsPerWeek.max).to.be.at.most(2);
}

/** Ranking keeps every alternative, the excluded ones last, and nothing with impact after see-professional or wait. */
function checkRanking(input: unknown, verdict: string | null, content?: ContentPack): void {
  const ranked = rankAlternatives(input as never, content ? { content } : undefined);
  expect(ranked).to.have.length((content ?? defaultContent).alternatives.length);
  const firstExcluded = ranked.findIndex((r) => r.excluded);
  if (firstExcluded >= 0) expect(ranked.slice(firstExcluded).every((r) => r.excluded), 'excluded last').to.equal(true);
  for (const r of ranked) expect(r.score).to.be.within(0, 1);
  if (verdict === 'see-professional' || verdict === 'wait') {
    for (const r of ranked) if (r.alternative.impact !== 'low') expect(r.excluded, r.id).to.equal(true);
  }
}

describe(`issue 14: fuzzing, ${ANSWER_RUNS} random answer sets`, () => {
  it('assess, rankAlternatives and claims never throw, and the invariants hold', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(arbInput, fc.oneof(fc.constant(undefined), arbOdd, fc.record({ goals: arbOdd, constraints: arbOdd }, { requiredKeys: [] })), (input, extra) => {
        const a = assess(input);
        checkAssessment(a);
        checkRanking({ ...(typeof extra === 'object' && extra !== null ? extra : {}), assessment: a }, a.verdict);
        // An assessment the core did not make (anything at all) ranks too, failing closed.
        checkRanking({ assessment: input }, null);
        checkRanking(extra, null);
        expect(claims({ assessment: a })).to.have.length(defaultContent.claims.length);
        expect(claims({ assessment: input } as never)).to.have.length(defaultContent.claims.length);
        expect(claims(extra as never)).to.have.length(defaultContent.claims.length);
      }),
      { numRuns: ANSWER_RUNS },
    );
  });
});

// ---- Random packs -------------------------------------------------------------------------------

type Path = (string | number)[];

/** Every path in the English pack, to its objects, lists and values. */
const PATHS: Path[] = [];
(function collect(value: unknown, path: Path) {
  PATHS.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => collect(item, [...path, i]));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) collect(v, [...path, k]);
})(defaultContent, []);

const deep = (depth: number): unknown => {
  let v: unknown = { eq: { id: 'boneHealth', value: true } };
  for (let i = 0; i < depth; i++) v = { not: { not: v } };
  return v;
};

/** What a mutation puts at a path. */
const arbReplacement: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: arbOdd },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(5000), `https://example.com/${'a'.repeat(3000)}`, '2025-13-01', '2024-02-29', 'toString', 'constructor', '\u202e') },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 60 }).map(deep) },
  { weight: 1, arbitrary: fc.integer({ min: 150, max: 400 }).map((n) => Array.from({ length: n }, () => 'item')) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const arbMutation = fc.tuple(fc.integer({ min: 0, max: PATHS.length - 1 }), arbReplacement);

/** Rules a pack adds: random conditions (many not monotone, which the validator must refuse). */
const arbRule = fc.record({ id: fc.constantFrom('added-rule', 'chest-pain', 'x'), verdict: fc.constantFrom(...VERDICTS), when: arbCondition, text: fc.constant('Added.') });
/** Custom questions with awkward ids. */
const arbQuestion = fc.record({ id: fc.constantFrom('toString', 'constructor', 'valueOf', 'recentSurgery', 'hasOwnProperty'), text: fc.constant('Q?'), help: fc.constant('Help.'), advice: fc.constant({ true: 'Ask first.' }) });

const arbPack = fc.tuple(fc.array(arbMutation, { maxLength: 3 }), fc.option(arbRule, { nil: undefined }), fc.option(arbQuestion, { nil: undefined })).map(([mutations, rule, question]) => {
  const pack = structuredClone(defaultContent) as unknown as Record<string, unknown>;
  for (const [at, value] of mutations) {
    const path = PATHS[at]!;
    if (path.length === 0) continue;
    let parent: unknown = pack;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)?.[key];
    if (typeof parent !== 'object' || parent === null) continue;
    const last = path[path.length - 1]!;
    if (value === undefined) delete (parent as Record<string | number, unknown>)[last];
    else (parent as Record<string | number, unknown>)[last] = value;
  }
  if (question && Array.isArray(pack['questions'])) (pack['questions'] as unknown[]).splice(9, 0, question);
  if (rule && Array.isArray(pack['rules'])) (pack['rules'] as unknown[]).push(rule);
  return pack;
});

describe(`issue 14: fuzzing, ${PACK_RUNS} random packs`, () => {
  it('safeParseContent never throws: a valid pack keeps the invariants, an invalid one gives a ContentError that says where and what', function () {
    this.timeout(120_000);
    let valid = 0;
    fc.assert(
      fc.property(arbPack, fc.array(arbAnswers, { minLength: 2, maxLength: 2 }), (pack, readers) => {
        const result = safeParseContent(pack);
        if (!result.success) {
          expect(result.error).to.be.instanceOf(ContentError);
          expect(result.error.issues.length).to.be.greaterThan(0);
          for (const issue of result.error.issues) {
            expect(typeof issue.path).to.equal('string');
            expect(issue.expected).to.be.a('string').and.not.equal('');
            expect(issue.received).to.be.a('string');
          }
          return;
        }
        valid++;
        const content = result.data;
        for (const answers of readers) {
          const a = assess(answers, { content });
          checkAssessment(a);
          checkRanking({ assessment: a }, a.verdict, content);
          expect(claims({ assessment: a }, { content })).to.have.length(content.claims.length);
        }
      }),
      { numRuns: PACK_RUNS },
    );
    // Some survive validation, so the valid branch is exercised too.
    expect(valid).to.be.greaterThan(PACK_RUNS / 20);
  });
});
