/**
 * The quiz's path (src/core/flow/steps.ts), without an element: which step comes next, where Back
 * goes, where stored answers bring the reader back, when a step is incomplete, and how far a
 * quiz that an answer ended goes. Table-driven, plus properties for invariant 11.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ANSWER_IDS, REQUIRED_ANSWER_IDS, SCREENING_FLAGS, assess, defaultContent, type Answers, type Verdict } from '../../src/core.js';
import {
  OPTIONAL_ANSWER_IDS,
  QUESTION_CHOICES,
  QUIZ_START,
  announcesAnswer,
  back,
  missingOf,
  missingOn,
  lastStep,
  next,
  prefillThatCounts,
  progressOf,
  resumeAt,
  sectionOf,
  settle,
  start,
  stepsOf,
  type ContentPack,
  type QuizPath,
  type QuizState,
} from '../../src/core/index.js';
import { arbCompleteAnswers, arbPartialAnswers } from './arbitraries.js';
import { SAFE_ANSWERS } from './fixtures.js';

const STEPS = stepsOf(defaultContent, {});
const step = (index: number): QuizState => ({ phase: 'step', index });
const result = (index: number): QuizState => ({ phase: 'result', index });
const path = (given: Answers = {}, verdict: Verdict | null = null, steps = STEPS): QuizPath => ({ steps, given, verdict });
const NO_FLAGS: Answers = { heartCondition: false, chestPain: false, warningSymptoms: false, dizziness: false, chronicCondition: false, supervisedOnly: false };
/** Everything up to the weight, answered. */
const UP_TO_WEIGHT: Answers = { ...SAFE_ANSWERS };
const LAST = STEPS.length - 1;

describe('flow: the quiz path of the English pack', () => {
  it('has the screening first, in two yes/no groups around the joint question, then experience, weight and goals', () => {
    expect(STEPS.map((s) => [s.key, s.questions.length, s.title ?? null, s.ends])).to.deep.equal([
      ['heartCondition', 6, 'flags', true],
      ['jointProblem', 1, null, true],
      ['boneHealth', 5, 'flagsMore', true],
      ['activity', 1, null, false],
      ['ageBand', 1, null, false],
      ['runFrequency', 1, null, false],
      ['weightedBefore', 1, null, false],
      ['bodyWeightKg', 1, null, false],
      ['goals', 1, null, false],
    ]);
  });

  it("marks a step an answer may end the quiz on: screening, or what a pack's ending rule tests", () => {
    const pack: ContentPack = {
      ...defaultContent,
      rules: [
        { id: 'no-teens', verdict: 'see-professional', when: { eq: { id: 'ageBand', value: 'under-18' } }, text: 'Ask an adult first.' },
        { id: 'beginners', verdict: 'not-recommended', when: { eq: { id: 'runFrequency', value: 'none' } }, text: 'Build a base first.' },
      ],
    };
    const ends = Object.fromEntries(stepsOf(pack, {}).map((s) => [s.key, s.ends]));
    expect(ends).to.include({ heartCondition: true, ageBand: true, runFrequency: false, activity: false, goals: false });
  });
});

describe('flow: missingOf and OPTIONAL_ANSWER_IDS', () => {
  it('has body weight and goals as the optional answers, the rest required', () => {
    expect([...OPTIONAL_ANSWER_IDS]).to.deep.equal(['bodyWeightKg', 'goals']);
    expect([...OPTIONAL_ANSWER_IDS, ...REQUIRED_ANSWER_IDS].sort()).to.deep.equal([...ANSWER_IDS].sort());
  });

  const q = (...ids: string[]) => ids.map((id) => ({ id }));
  const table: [string, { id: string }[], Answers | Record<string, unknown>, string[]][] = [
    ['every unanswered yes/no, in order', q('heartCondition', 'chestPain', 'dizziness'), {}, ['heartCondition', 'chestPain', 'dizziness']],
    ['the others once one is answered', q('heartCondition', 'chestPain', 'dizziness'), { chestPain: false }, ['heartCondition', 'dizziness']],
    ['none when every one is answered, "no" included', q('heartCondition', 'chestPain'), { heartCondition: false, chestPain: false }, []],
    ['a choice left empty', q('activity'), {}, ['activity']],
    ['no goals: optional', q('goals'), {}, []],
    ['no body weight: optional', q('bodyWeightKg'), {}, []],
    ['a body weight that could not be read (null)', q('bodyWeightKg'), { bodyWeightKg: null }, ['bodyWeightKg']],
    ['a body weight out of range', q('bodyWeightKg'), { bodyWeightKg: 20 }, ['bodyWeightKg']],
    ['a body weight in range', q('bodyWeightKg'), { bodyWeightKg: 70 }, []],
    ['a value that is not one of the choices', q('jointProblem'), { jointProblem: 'sometimes' }, ['jointProblem']],
    ["a pack's own question, unanswered", q('asthma'), {}, ['asthma']],
    ["a pack's own question, answered", q('asthma'), { custom: { asthma: false } }, []],
  ];
  for (const [name, questions, answers, expected] of table) {
    it(`${name} → ${expected.join(', ') || 'nothing missing'}`, () => {
      expect(missingOf(questions, answers as Answers)).to.deep.equal(expected);
    });
  }

  it('never reads an answer from Object.prototype', () => {
    const inherited = Object.create({ heartCondition: false }) as Answers;
    expect(missingOf(q('heartCondition'), inherited)).to.deep.equal(['heartCondition']);
  });
});

describe('flow: the state machine', () => {
  it('starts at the first step, or at the result when there is nothing to ask', () => {
    expect(QUIZ_START).to.deep.equal({ phase: 'intro', index: 0 });
    expect(start(path())).to.deep.equal(step(0));
    expect(start(path({}, null, []))).to.deep.equal(result(0));
  });

  const ending: Answers = { ...NO_FLAGS, chestPain: true };
  const unwell: Answers = { ...NO_FLAGS, jointProblem: 'none', boneHealth: false, falls: false, pregnant: false, unwell: true, loadSpike: false };
  // [name, from, the reader's own answers, verdict, the answers on screen, expected]
  const nextTable: [string, QuizState, Answers, Verdict | null, Answers | Record<string, unknown>, QuizState | 'same'][] = [
    ['stays while a screening answer is missing', step(0), {}, null, {}, 'same'],
    ['stays while one of six is missing', step(0), {}, null, { ...NO_FLAGS, dizziness: undefined }, 'same'],
    ['moves on once the group is answered', step(0), NO_FLAGS, 'caution', NO_FLAGS, step(1)],
    ['ends at once on a "yes" that ends the quiz', step(0), ending, 'see-professional', ending, result(0)],
    ['ends after the step of a "wait" answer', step(2), unwell, 'wait', unwell, result(2)],
    ['an ending answer with nothing else missing still ends, whatever is unanswered', step(0), { chestPain: true }, 'see-professional', { chestPain: true }, result(0)],
    ['an ending quiz still shows a later step the reader already answered', step(0), { ...ending, activity: 'walking' }, 'see-professional', ending, step(1)],
    ['…and ends after it', step(3), { ...ending, activity: 'walking' }, 'see-professional', ending, result(3)],
    ['no body weight: optional, on to the goals', step(7), UP_TO_WEIGHT, 'ready', UP_TO_WEIGHT, step(8)],
    ['a body weight that could not be read keeps the reader there', step(7), UP_TO_WEIGHT, 'ready', { ...UP_TO_WEIGHT, bodyWeightKg: null }, 'same'],
    ['a body weight out of range keeps the reader there', step(7), UP_TO_WEIGHT, 'ready', { ...UP_TO_WEIGHT, bodyWeightKg: 500 }, 'same'],
    ['the last step leads to the result, goals or none', step(LAST), UP_TO_WEIGHT, 'ready', UP_TO_WEIGHT, result(LAST)],
    ['nothing from the intro', QUIZ_START, {}, null, {}, 'same'],
    ['nothing from the result', result(LAST), UP_TO_WEIGHT, 'ready', UP_TO_WEIGHT, 'same'],
    ['nothing from a step that does not exist', step(STEPS.length), UP_TO_WEIGHT, 'ready', UP_TO_WEIGHT, 'same'],
  ];
  for (const [name, from, given, verdict, answers, expected] of nextTable) {
    it(`next: ${name}`, () => {
      const to = next(from, path(given, verdict), answers as Answers);
      if (expected === 'same') expect(to).to.equal(from);
      else expect(to).to.deep.equal(expected);
      // missingOn names questions exactly when next stays on a step.
      const blocked = missingOn(from, path(given, verdict), answers as Answers);
      expect(blocked.length > 0).to.equal(expected === 'same' && from.phase === 'step' && from.index < STEPS.length);
    });
  }

  const backTable: [string, QuizState, QuizPath, QuizState][] = [
    ['from the result to the step it came from', result(LAST), path(), step(LAST)],
    ['from an early result to its step', result(0), path(ending, 'see-professional'), step(0)],
    ['from a result with no steps to the intro', result(0), path({}, 'ready', []), QUIZ_START],
    ['from a step to the one before', step(3), path(), step(2)],
    ['from the first step to the intro', step(0), path(), QUIZ_START],
    ['from the intro: stays', QUIZ_START, path(), QUIZ_START],
  ];
  for (const [name, from, p, expected] of backTable) {
    it(`back: ${name}`, () => expect(back(from, p)).to.deep.equal(expected));
  }

  const resumeTable: [string, QuizPath, QuizState][] = [
    ['no stored answers: the intro', path({}, null), QUIZ_START],
    ['stored answers: the first screen, never the result (invariant 11)', path(SAFE_ANSWERS, 'ready'), step(0)],
    ['stored answers that ended the quiz: the first screen too', path(ending, 'see-professional'), step(0)],
    ['answers but no assessment yet: the intro', path(SAFE_ANSWERS, null), QUIZ_START],
    ['no steps to show: the intro', path(SAFE_ANSWERS, 'ready', []), QUIZ_START],
  ];
  for (const [name, p, expected] of resumeTable) {
    it(`resumeAt: ${name}`, () => expect(resumeAt(p)).to.deep.equal(expected));
  }

  const settleTable: [string, QuizState, QuizPath, QuizState | 'same'][] = [
    ['a step within the steps: unchanged', step(3), path(), 'same'],
    ['a step past the steps (a prefill removed some): the last one', step(12), path(), step(LAST)],
    ['no steps at all: index 0', step(3), path({}, null, []), { phase: 'step', index: 0 }],
    ['a result whose answers were cleared elsewhere: the intro', result(LAST), path({}, null), { phase: 'intro', index: LAST }],
    ['a result with its answers: unchanged', result(LAST), path(SAFE_ANSWERS, 'ready'), 'same'],
    ['the intro: unchanged', QUIZ_START, path(), 'same'],
  ];
  for (const [name, from, p, expected] of settleTable) {
    it(`settle: ${name}`, () => {
      expect(settle(from, p)).to.deep.equal(expected === 'same' ? from : expected);
    });
  }

  const lastTable: [string, QuizPath, number, number][] = [
    ['not ended: the last step', path(NO_FLAGS, 'caution'), 0, LAST],
    ['ended on the first step: that step', path(ending, 'see-professional'), 0, 0],
    ['ended on a later step: that step', path(unwell, 'wait'), 2, 2],
    ['ended, with a later step answered: that step', path({ ...ending, ageBand: '18-44' }, 'see-professional'), 0, 4],
  ];
  for (const [name, p, index, expected] of lastTable) {
    it(`lastStep: ${name}`, () => {
      expect(lastStep(p, index)).to.equal(expected);
    });
  }

  // What the progress says: steps (screens), not questions; a total that is sure once an answer
  // ended the quiz or no step ahead can end it, else the most there can be ("of up to 9").
  // [name, path, step index, expected]
  const progressTable: [string, QuizPath, number, { n: number; total: number; known: boolean }][] = [
    ['the first screen (six questions) is step 1 of up to 9', path(), 0, { n: 1, total: 9, known: false }],
    ['the joint question: step 2 of up to 9', path(NO_FLAGS, 'caution'), 1, { n: 2, total: 9, known: false }],
    ['the last screening screen: still up to 9 (a "yes" there ends it)', path(NO_FLAGS, 'caution'), 2, { n: 3, total: 9, known: false }],
    ['past the screening: step 4 of 9, for sure', path(SAFE_ANSWERS, 'ready'), 3, { n: 4, total: 9, known: true }],
    ['the goals: step 9 of 9', path(SAFE_ANSWERS, 'ready'), LAST, { n: 9, total: 9, known: true }],
    ['a "yes" on the first screen: step 1 of 1', path(ending, 'see-professional'), 0, { n: 1, total: 1, known: true }],
    ['a current joint problem: step 2 of 2, never "of about 2"', path({ ...NO_FLAGS, jointProblem: 'current' }, 'see-professional'), 1, { n: 2, total: 2, known: true }],
    ['unwell on the third screen: step 3 of 3', path(unwell, 'wait'), 2, { n: 3, total: 3, known: true }],
    ['ended, with a later step answered: up to that step, sure', path({ ...ending, ageBand: '18-44' }, 'see-professional'), 0, { n: 1, total: 5, known: true }],
    ['no steps ahead that can end it, after a prefill removed some', path({}, 'ready', STEPS.slice(3)), 0, { n: 1, total: 6, known: true }],
  ];
  for (const [name, p, index, expected] of progressTable) {
    it(`progressOf: ${name}`, () => {
      expect(progressOf(step(index), p)).to.deep.equal(expected);
    });
  }

  it('progressOf: a pack rule that may end the quiz on a later question keeps the total a most', () => {
    const pack: ContentPack = { ...defaultContent, rules: [{ id: 'no-teens', verdict: 'wait', when: { eq: { id: 'ageBand', value: 'under-18' } }, text: 'Wait.' }] };
    const steps = stepsOf(pack, {});
    expect(progressOf(step(3), path(SAFE_ANSWERS, 'ready', steps))).to.deep.equal({ n: 4, total: 9, known: false });
    expect(progressOf(step(4), path(SAFE_ANSWERS, 'ready', steps)), 'on the age question itself').to.deep.equal({ n: 5, total: 9, known: false });
    expect(progressOf(step(5), path(SAFE_ANSWERS, 'ready', steps))).to.deep.equal({ n: 6, total: 9, known: true });
  });

  it('property: the total never grows as the reader moves on, and is exact on the last step', () => {
    fc.assert(
      fc.property(arbCompleteAnswers, (answers) => {
        const p = path(answers, assess(answers).verdict);
        let at = start(p);
        let total = Infinity;
        for (let guard = 0; at.phase === 'step' && guard <= STEPS.length; guard++) {
          const progress = progressOf(at, p);
          if (progress.total > total || progress.n > progress.total) return false;
          if (progress.n === progress.total && !progress.known) return false;
          total = progress.total;
          at = next(at, p, answers);
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('flow: prefilled answers (invariant 11)', () => {
  it('counts a prefilled experience or goals answer at once, never a screening one', () => {
    const prefill: Answers = { heartCondition: false, jointProblem: 'none', pregnant: true, activity: 'walking', bodyWeightKg: 70, goals: ['bone'], custom: { asthma: false } };
    expect(prefillThatCounts(prefill)).to.deep.equal({ activity: 'walking', bodyWeightKg: 70, goals: ['bone'] });
    expect(prefillThatCounts({})).to.deep.equal({});
  });

  it('property: no screening answer ever counts from a prefill', () => {
    fc.assert(
      fc.property(arbPartialAnswers, (prefill) => Object.keys(prefillThatCounts(prefill)).every((id) => id !== 'custom' && sectionOf(id) !== 'screening')),
      { numRuns: 300 },
    );
  });

  it('property: whatever is prefilled, Next from the start shows every screening question before any result', () => {
    fc.assert(
      fc.property(arbPartialAnswers, arbCompleteAnswers, (prefill, answers) => {
        const steps = stepsOf(defaultContent, prefill);
        const verdict = assess(answers).verdict;
        const p = path(answers, verdict, steps);
        const seen = new Set<string>();
        let at = start(p);
        for (let guard = 0; at.phase === 'step' && guard <= steps.length; guard++) {
          for (const question of steps[at.index]!.questions) seen.add(question.id);
          at = next(at, p, answers);
        }
        if (at.phase !== 'result') return false;
        // Every screening question of the pack on the way, or the quiz ended on a "yes" or "wait".
        const screening = defaultContent.questions.filter((question) => sectionOf(question.id) === 'screening');
        const ended = verdict === 'see-professional' || verdict === 'wait';
        return ended || screening.every((question) => seen.has(question.id));
      }),
      { numRuns: 300 },
    );
  });

  it('property: an ending verdict never keeps the reader on a step, whatever is unanswered', () => {
    fc.assert(
      fc.property(arbPartialAnswers, fc.nat({ max: LAST }), (answers, index) => {
        const verdict = assess(answers).verdict;
        const blocked = missingOn(step(index), path(answers, verdict), answers);
        return verdict === 'see-professional' || verdict === 'wait' ? blocked.length === 0 : true;
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every screening question in the path, however answers are prefilled', () => {
    const all = Object.fromEntries(SCREENING_FLAGS.map((id) => [id, false])) as Answers;
    const ids = stepsOf(defaultContent, { ...SAFE_ANSWERS, ...all }).flatMap((s) => s.questions.map((question) => question.id));
    for (const id of SCREENING_FLAGS) expect(ids).to.include(id);
  });

  const announceTable: [string, boolean][] = [
    ['heartCondition', false],
    ['pregnant', false],
    ['unwell', false],
    ['jointProblem', false],
    ['asthma', false],
    ['activity', true],
    ['ageBand', true],
    ['bodyWeightKg', true],
    ['goals', true],
  ];
  for (const [id, expected] of announceTable) {
    it(`announcesAnswer: ${id} → ${expected ? 'an event' : 'no event (invariant 16)'}`, () => expect(announcesAnswer(id)).to.equal(expected));
  }

  it('property: no screening question of the pack is ever announced (invariant 16)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...defaultContent.questions.map((question) => question.id), ...SCREENING_FLAGS), (id) =>
        (SCREENING_FLAGS as readonly string[]).includes(id) || sectionOf(id) === 'screening' ? !announcesAnswer(id) : announcesAnswer(id),
      ),
    );
  });

  it('offers choices only for the single-choice questions, and none through the prototype', () => {
    expect(Object.keys(QUESTION_CHOICES)).to.deep.equal(['activity', 'jointProblem', 'ageBand', 'runFrequency', 'weightedBefore']);
    expect(QUESTION_CHOICES['toString']).to.equal(undefined);
  });
});
