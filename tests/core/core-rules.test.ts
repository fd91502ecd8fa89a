/**
 * Rules the elements used to decide themselves, now the core's: the verdict sets, the answers
 * behind a reason, the reasons a result lists, what the picker takes from the answers, and
 * whether a chosen alternative still stands. Table-driven, plus properties where a rule is a
 * safety rule.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  ENDING_VERDICTS,
  NO_PLAN_VERDICTS,
  PLAN_VERDICTS,
  SEVERITY,
  VERDICTS,
  answersBehind,
  assess,
  ctaAllowed,
  defaultContent,
  isEnding,
  rankAlternatives,
  type Answers,
  type Assessment,
  type ContentPack,
  type Verdict,
} from '../../src/core.js';
import { idsOf, inputsFromAnswers, isSettled, ruleWhen, standingChoice } from '../../src/core/index.js';
import { answersBehindWith, reasonsShown } from '../../src/core/rules/result.js';
import { arbAnswers } from './arbitraries.js';
import { SAFE_ANSWERS } from './fixtures.js';

const RUNS = 300;

describe('core rules: the verdict sets', () => {
  // [verdict, ends the quiz, no plan, may have a plan]
  const table: [Verdict, boolean, boolean, boolean][] = [
    ['see-professional', true, true, false],
    ['wait', true, true, false],
    ['not-recommended', false, true, false],
    ['caution', false, false, true],
    ['ready', false, false, true],
  ];
  for (const [verdict, ending, noPlan, plan] of table) {
    it(`${verdict}: ${ending ? 'ends the quiz' : 'goes on'}, ${noPlan ? 'no plan' : 'a plan may follow'}`, () => {
      expect(isEnding(verdict)).to.equal(ending);
      expect(ENDING_VERDICTS.includes(verdict)).to.equal(ending);
      expect(NO_PLAN_VERDICTS.includes(verdict)).to.equal(noPlan);
      expect(PLAN_VERDICTS.includes(verdict)).to.equal(plan);
      // A verdict-level commerce link shows exactly where a plan may (invariant 15).
      expect(ctaAllowed({ id: 'shop', label: 'Shop', href: 'https://shop.example' }, verdict)).to.equal(plan);
    });
  }

  it('splits every verdict once between plan and no plan, the ending ones among no plan', () => {
    expect([...PLAN_VERDICTS, ...NO_PLAN_VERDICTS].sort()).to.deep.equal([...VERDICTS].sort());
    for (const verdict of ENDING_VERDICTS) expect(NO_PLAN_VERDICTS).to.include(verdict);
    for (const verdict of ENDING_VERDICTS) expect(SEVERITY[verdict]).to.be.at.least(SEVERITY.wait);
    expect(isEnding(null)).to.equal(false);
    expect(isEnding(undefined)).to.equal(false);
  });

  it('property: a plan only on a plan verdict; a settled verdict when complete or ended (invariants 3, 13)', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const a = assess(answers);
        if (a.load !== null && !PLAN_VERDICTS.includes(a.verdict)) return false;
        if (NO_PLAN_VERDICTS.includes(a.verdict) && a.load !== null) return false;
        return isSettled(a) === (a.complete || isEnding(a.verdict));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('core rules: the answers behind a reason', () => {
  const behind = (answers: Answers, reasonId: string) => answersBehind(assess(answers), reasonId);
  const table: [string, Answers, string, string[]][] = [
    ['a current joint problem', { ...SAFE_ANSWERS, jointProblem: 'current' }, 'joint-current', ['jointProblem']],
    ['no running base: the activity and the running', { ...SAFE_ANSWERS, runFrequency: 'occasional' }, 'no-running-base', ['activity', 'runFrequency']],
    ['no running base, activity unanswered (assessed as running): the running only', { runFrequency: 'none' }, 'no-running-base', ['runFrequency']],
    ['65 and walking: the activity and the age', { ...SAFE_ANSWERS, activity: 'walking', ageBand: '65-plus' }, 'age-65-walking', ['activity', 'ageBand']],
    ['a cold', { ...SAFE_ANSWERS, unwell: true }, 'unwell', ['unwell']],
    ['the "answer everything" note has no rule', { activity: 'running' }, 'incomplete', []],
    ['an id no rule has', SAFE_ANSWERS, 'no-such-rule', []],
  ];
  for (const [name, answers, reasonId, expected] of table) {
    it(`${name} → [${expected.join(', ')}]`, () => expect(behind(answers, reasonId)).to.deep.equal(expected));
  }

  it("reads a pack's own rule, goals included, with a locked rule of the same id first", () => {
    const pack: ContentPack = {
      ...defaultContent,
      rules: [
        { id: 'speed-falls', verdict: 'caution', text: 'Speed work after a fall.', when: { all: [{ has: { id: 'goals', value: 'speed' } }, { eq: { id: 'falls', value: true } }] } },
        { id: 'unwell', verdict: 'caution', text: 'Shadowed by the locked rule.', when: { eq: { id: 'ageBand', value: '18-44' } } },
      ],
    };
    const answers: Answers = { ...SAFE_ANSWERS, goals: ['speed'], falls: true };
    expect(answersBehindWith(pack, 'speed-falls', answers)).to.deep.equal(['goals', 'falls']);
    expect(answersBehindWith(pack, 'speed-falls', { falls: true })).to.deep.equal(['falls']);
    expect(answersBehindWith(pack, 'unwell', answers)).to.deep.equal(['unwell']);
  });

  it('never reads an answer from Object.prototype, nor an assessment that is not one', () => {
    const inherited = Object.create({ jointProblem: 'current' }) as Answers;
    expect(answersBehindWith(defaultContent, 'joint-current', inherited)).to.deep.equal([]);
    expect(answersBehind(null as unknown as Assessment, 'joint-current')).to.deep.equal([]);
    expect(answersBehind({ answers: 'x' } as unknown as Assessment, 'joint-current')).to.deep.equal([]);
  });

  it('property: behind every fired rule is at least one answer, each one given and tested by that rule', () => {
    fc.assert(
      fc.property(arbAnswers, (answers) => {
        const a = assess(answers);
        return a.reasons.every((reason) => {
          const ids = answersBehind(a, reason.id);
          const when = ruleWhen(defaultContent, reason.id);
          if (!when) return reason.id === 'incomplete' && ids.length === 0;
          const tested = idsOf(when);
          return ids.length > 0 && ids.every((id) => tested.has(id) && Object.prototype.hasOwnProperty.call(a.answers, id));
        });
      }),
      { numRuns: RUNS },
    );
  });
});

describe('core rules: the reasons a result lists', () => {
  const table: [string, Answers, string[]][] = [
    ['an early exit leaves out "answer everything"', { chestPain: true }, ['chest-pain']],
    ['an incomplete quiz without an early exit keeps it', { ...SAFE_ANSWERS, runFrequency: undefined }, ['incomplete']],
    ['a clean result lists nothing', SAFE_ANSWERS, []],
  ];
  for (const [name, answers, expected] of table) {
    it(name, () => expect(reasonsShown(assess(answers)).map((r) => r.id)).to.deep.equal(expected));
  }
});

describe("core rules: what the picker takes from the reader's answers", () => {
  const table: [string, Partial<Assessment> | null, { goals: string[]; jointPain: boolean }][] = [
    ['no assessment', null, { goals: [], jointPain: false }],
    ['goals and a current joint problem', { answers: { goals: ['bone', 'strength'], jointProblem: 'current' } }, { goals: ['bone', 'strength'], jointPain: true }],
    ['a past joint problem is no joint pain now', { answers: { jointProblem: 'past' } }, { goals: [], jointPain: false }],
    ['answers that are not an object', { answers: 'x' as unknown as Answers }, { goals: [], jointPain: false }],
    ['answers on the prototype', { answers: Object.create({ goals: ['bone'], jointProblem: 'current' }) as Answers }, { goals: [], jointPain: false }],
  ];
  for (const [name, assessment, expected] of table) {
    it(name, () => expect(inputsFromAnswers(assessment as Assessment | null)).to.deep.equal(expected));
  }
});

describe('core rules: whether a choice still stands', () => {
  const ranked = [
    { id: 'cycling', excluded: false },
    { id: 'intervals', excluded: true },
  ];
  const table: [string, string | null | undefined, string | null][] = [
    ['no choice', null, null],
    ['no choice (undefined)', undefined, null],
    ['a ranked option stands', 'cycling', 'cycling'],
    ['an excluded option is no longer a choice', 'intervals', null],
    ['an option the ranking does not list is left as it is', 'swimming', 'swimming'],
  ];
  for (const [name, selected, expected] of table) {
    it(name, () => expect(standingChoice(ranked, selected)).to.equal(expected));
  }

  it('property: a choice that stands is never one the answers rule out (invariants 8, 10)', () => {
    const ids = defaultContent.alternatives.map((alt) => alt.id);
    fc.assert(
      fc.property(arbAnswers, fc.constantFrom(...ids), fc.boolean(), (answers, id, jointPain) => {
        const ranking = rankAlternatives({ assessment: assess(answers), constraints: { jointPain } });
        const kept = standingChoice(ranking, id);
        return kept === null || ranking.some((r) => r.id === kept && !r.excluded);
      }),
      { numRuns: RUNS },
    );
  });
});
